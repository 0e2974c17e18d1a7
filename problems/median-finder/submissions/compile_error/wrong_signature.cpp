// CE: addNum takes a vector of numbers instead of one int, so the driver's
// call addNum(num) matches no overload.
#include <vector>
#include <algorithm>

class MedianFinder {
  std::vector<int> nums;

 public:
  MedianFinder() {}
  void addNum(const std::vector<int>& more) {
    nums.insert(nums.end(), more.begin(), more.end());
    std::sort(nums.begin(), nums.end());
  }
  double findMedian() {
    size_t n = nums.size();
    return n % 2 ? nums[n / 2] : (nums[n / 2 - 1] + nums[n / 2]) / 2.0;
  }
};
