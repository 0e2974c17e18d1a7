// complexity: O(n)
// The array solution, plus a one-off cost independent of n: it zeroes and touches a 64 MiB table sized for the largest n.
#include <cstdio>
#include <cstring>
#include <vector>
static int pos[16 * 1024 * 1024];
int main() {
  memset(pos, 0, sizeof pos);  // touch every page: a constant cost, the same for every n
  int n;
  if (scanf("%d", &n) != 1) return 0;
  for (int i = 0; i < n; ++i) { int x; scanf("%d", &x); pos[x] = i; }
  long long passes = 1;
  for (int v = 1; v < n; ++v) passes += pos[v + 1] < pos[v];
  printf("%lld\n", passes + (pos[16 * 1024 * 1024 - 1] & 0));
}
