// complexity: O(n^3)
// For each value it checks every pair of positions i < j for "v+1 at i and v at j": n values times an O(n^2) double loop.
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> a(n);
  for (auto& x : a) scanf("%d", &x);
  long long passes = 1;
  for (int v = 1; v < n; ++v) {
    // is there a pair i < j with a[i] == v+1 and a[j] == v ?
    bool late = false;
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j)
        if (a[i] == v + 1 && a[j] == v) late = true;
    passes += late;
  }
  printf("%lld\n", passes);
}
