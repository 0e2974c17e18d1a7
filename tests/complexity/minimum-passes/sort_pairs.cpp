// complexity: O(n log n)
// Sorts (value, position) pairs with std::sort to find positions instead of indexing an array.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<std::pair<int, int>> p(n);
  for (int i = 0; i < n; ++i) { scanf("%d", &p[i].first); p[i].second = i; }
  std::sort(p.begin(), p.end());
  long long passes = 1;
  for (int v = 0; v + 1 < n; ++v) passes += p[v + 1].second < p[v].second;
  printf("%lld\n", passes);
}
