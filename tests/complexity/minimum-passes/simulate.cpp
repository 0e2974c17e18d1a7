// complexity: O(n^2)
// Walks the whole shelf once per pass, and the scale input needs about 7n/8 passes.
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> a(n);
  for (auto& x : a) scanf("%d", &x);
  int target = 1, passes = 0;
  while (target <= n) {
    ++passes;
    for (int i = 0; i < n; ++i)
      if (a[i] == target) ++target;
  }
  printf("%d\n", passes);
}
