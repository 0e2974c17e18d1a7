// complexity: O(n^2)
// Finds the position of every value with a linear std::find over the shelf, n searches of O(n).
#include <algorithm>
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> a(n);
  for (auto& x : a) scanf("%d", &x);
  long long passes = 1;
  long long prev = std::find(a.begin(), a.end(), 1) - a.begin();
  for (int v = 2; v <= n; ++v) {
    long long p = std::find(a.begin(), a.end(), v) - a.begin();
    if (p < prev) ++passes;
    prev = p;
  }
  printf("%lld\n", passes);
}
