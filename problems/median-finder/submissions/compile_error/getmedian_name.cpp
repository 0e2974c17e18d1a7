// CE: the query method is called getMedian instead of findMedian, so the
// driver's call to findMedian does not compile.
class MedianFinder {
 public:
  MedianFinder() {}

  void addNum(int num) {
    if (low_.empty() || num <= low_.top()) low_.push(num);
    else high_.push(num);
    if (low_.size() > high_.size() + 1) {
      high_.push(low_.top());
      low_.pop();
    } else if (high_.size() > low_.size()) {
      low_.push(high_.top());
      high_.pop();
    }
  }

  double getMedian() {
    if (low_.size() > high_.size()) return low_.top();
    return ((double)low_.top() + high_.top()) / 2.0;
  }

 private:
  std::priority_queue<int> low_;
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;
};
