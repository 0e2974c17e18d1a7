// BUG: rebalances only from the lower half to the upper half. When numbers go to
// the upper half (a rising sequence), the upper half grows without bound and
// the "median" read from the lower half's top lags behind.
class MedianFinder {
 public:
  MedianFinder() {}

  void addNum(int num) {
    if (low_.empty() || num <= low_.top()) low_.push(num);
    else high_.push(num);
    if (low_.size() > high_.size() + 1) {
      high_.push(low_.top());
      low_.pop();
    }
    // missing: move high_'s smallest to low_ when high_ is larger
  }

  double findMedian() {
    if (low_.size() > high_.size()) return low_.top();
    if (low_.size() < high_.size()) return high_.top();
    return ((double)low_.top() + high_.top()) / 2.0;
  }

 private:
  std::priority_queue<int> low_;
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;
};
