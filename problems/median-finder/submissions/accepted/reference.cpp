// Reference: two heaps, O(log n) per addNum and O(1) per findMedian. `low` is a
// max-heap of the smaller half, `high` a min-heap of the larger half; low holds
// the extra number when the count is odd.
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
    return ((double)low_.top() + (double)high_.top()) / 2.0;
  }

 private:
  std::priority_queue<int> low_;
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;
};
