// Correct variant: numbers are bounded (|num| <= 10^5), so keep a Fenwick tree of
// counts over the value range and find the k-th smallest by binary lifting:
// O(log R) per call.
class MedianFinder {
  static const int OFFSET = 100001, SIZE = 1 << 18;  // values -10^5..10^5 -> 1..200001
  std::vector<int> tree;
  int count = 0;

  int kth(int k) {  // k-th smallest (1-based), as a value
    int pos = 0;
    for (int step = SIZE >> 1; step > 0; step >>= 1)
      if (pos + step < SIZE && tree[pos + step] < k) {
        pos += step;
        k -= tree[pos];
      }
    return pos + 1 - OFFSET;
  }

 public:
  MedianFinder() : tree(SIZE, 0) {}

  void addNum(int num) {
    ++count;
    for (int i = num + OFFSET; i < SIZE; i += i & -i) ++tree[i];
  }

  double findMedian() {
    if (count % 2) return kth(count / 2 + 1);
    return ((double)kth(count / 2) + kth(count / 2 + 1)) / 2;
  }
};
