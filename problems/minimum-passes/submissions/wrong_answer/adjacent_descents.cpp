// BUG: counts descents between neighbouring shelf positions (a[i] > a[i+1]) instead of descents in the positions of consecutive values (pos(v+1) < pos(v)).
#include <cstdio>
#include <vector>

int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> a(n);
  for (auto& x : a) scanf("%d", &x);
  int passes = 1;
  for (int i = 0; i + 1 < n; ++i)
    if (a[i] > a[i + 1]) ++passes;
  printf("%d\n", passes);
}
