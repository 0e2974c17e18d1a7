// TLE: keeps the numbers unsorted and sorts a copy on every findMedian:
// O(n log n) per query.
class MedianFinder {
  std::vector<int> nums;

 public:
  MedianFinder() {}
  void addNum(int num) { nums.push_back(num); }
  double findMedian() {
    std::vector<int> s(nums);
    std::sort(s.begin(), s.end());
    size_t n = s.size();
    return n % 2 ? s[n / 2] : ((double)s[n / 2 - 1] + s[n / 2]) / 2.0;
  }
};
