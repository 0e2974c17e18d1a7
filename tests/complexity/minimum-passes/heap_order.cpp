// complexity: O(n log n)
// Pops the books in numerical order from a binary heap of (value, position), n pushes and n pops of O(log n).
#include <cstdio>
#include <functional>
#include <queue>
#include <utility>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>> heap;
  for (int i = 0; i < n; ++i) { int x; scanf("%d", &x); heap.push({x, i}); }
  long long passes = 1;
  int here = -1;
  while (!heap.empty()) {
    int p = heap.top().second;
    heap.pop();
    if (p < here) ++passes;
    here = p;
  }
  printf("%lld\n", passes);
}
