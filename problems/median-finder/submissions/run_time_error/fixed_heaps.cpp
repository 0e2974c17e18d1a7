// RE: hand-written heaps in fixed arrays of 50000 slots each, sized for 10^5
// numbers in all (misread bound: there can be 2*10^5 addNum calls). The arrays
// are accessed with .at(), so the first push past the end throws
// std::out_of_range and the program aborts.
class MedianFinder {
  std::array<int, 50000> low{}, high{};  // low: max-heap, high: min-heap
  int nlow = 0, nhigh = 0;

  static void push(std::array<int, 50000>& h, int& n, int v, bool max_heap) {
    int i = n++;
    h.at(i) = v;
    while (i > 0) {
      int p = (i - 1) / 2;
      if (max_heap ? h.at(p) >= h.at(i) : h.at(p) <= h.at(i)) break;
      std::swap(h.at(p), h.at(i));
      i = p;
    }
  }
  static int pop(std::array<int, 50000>& h, int& n, bool max_heap) {
    int top = h.at(0);
    h.at(0) = h.at(--n);
    for (int i = 0;;) {
      int best = i, l = 2 * i + 1, r = l + 1;
      auto better = [&](int a, int b) { return max_heap ? h.at(a) > h.at(b) : h.at(a) < h.at(b); };
      if (l < n && better(l, best)) best = l;
      if (r < n && better(r, best)) best = r;
      if (best == i) break;
      std::swap(h.at(i), h.at(best));
      i = best;
    }
    return top;
  }

 public:
  MedianFinder() {}

  void addNum(int num) {
    if (nlow == 0 || num <= low.at(0)) push(low, nlow, num, true);
    else push(high, nhigh, num, false);
    if (nlow > nhigh + 1) push(high, nhigh, pop(low, nlow, true), false);
    else if (nhigh > nlow) push(low, nlow, pop(high, nhigh, false), true);
  }

  double findMedian() {
    if (nlow > nhigh) return low.at(0);
    return ((double)low.at(0) + high.at(0)) / 2.0;
  }
};
