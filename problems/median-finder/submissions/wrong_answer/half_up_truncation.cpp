// BUG: avoids floating point as sum / 2, plus 0.5 when the sum is odd. C++
// integer division truncates toward zero, so for a negative odd sum it is
// already rounded up: (-2 + -3) gives -2 + 0.5 = -1.5 instead of -2.5.
// Right on every test with non-negative numbers only.
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
    int sum = low_.top() + high_.top();
    return sum % 2 == 0 ? sum / 2 : sum / 2 + 0.5;
  }

 private:
  std::priority_queue<int> low_;
  std::priority_queue<int, std::vector<int>, std::greater<int>> high_;
};
