// BUG: balances the heap sizes by alternating (the lower half takes a number
// when both are the same size, else the upper half) without comparing the number
// with the heap tops, so the halves are no longer ordered: 5, 1 gives lower {5},
// upper {1} and median 3 (right by luck); then 0 gives lower {5, 0} and median 5
// instead of 1.
class MedianFinder {
 public:
  MedianFinder() {}

  void addNum(int num) {
    if (low_.size() == high_.size()) low_.push(num);
    else high_.push(num);
  }

  double findMedian() {
    if (low_.size() > high_.size()) return low_.top();
    return ((double)low_.top() + high_.top()) / 2.0;
  }

 private:
  std::priority_queue<int> low_;
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;
};
