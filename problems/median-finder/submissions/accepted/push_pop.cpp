// Correct variant: always push through the lower half into the upper half
// (push to low, move low's top to high), then move high's smallest back when
// high has more numbers. Keeps the halves ordered without comparisons.
#include <functional>
#include <queue>
#include <vector>

class MedianFinder {
  std::priority_queue<long long> lo;
  std::priority_queue<long long, std::vector<long long>, std::greater<long long>> hi;

 public:
  MedianFinder() {}

  void addNum(int num) {
    lo.push(num);
    hi.push(lo.top());
    lo.pop();
    if (hi.size() > lo.size()) {
      lo.push(hi.top());
      hi.pop();
    }
  }

  double findMedian() {
    return lo.size() > hi.size() ? (double)lo.top() : (lo.top() + hi.top()) * 0.5;
  }
};
