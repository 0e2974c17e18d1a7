// BUG: averages the two middle numbers in integer arithmetic, so the median of
// 2 and 3 comes out as 2 instead of 2.5.
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

  double findMedian() {
    if (low_.size() > high_.size()) return low_.top();
    return (low_.top() + high_.top()) / 2;  // int / int
  }

 private:
  std::priority_queue<int> low_;
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;
};
