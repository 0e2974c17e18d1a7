// TLE: keeps a sorted vector and inserts each number at its place with
// upper_bound + insert: O(log n) to find, O(n) memmove to insert. A stream that
// always inserts at the front (decreasing numbers) or in the middle moves ~n
// ints per call.
class MedianFinder {
  std::vector<int> nums;

 public:
  MedianFinder() {}
  void addNum(int num) { nums.insert(std::upper_bound(nums.begin(), nums.end(), num), num); }
  double findMedian() {
    size_t n = nums.size();
    return n % 2 ? nums[n / 2] : ((double)nums[n / 2 - 1] + nums[n / 2]) / 2.0;
  }
};
