// complexity: O(n)
// One read into a position array and one scan over it: answer = 1 + #{v : pos(v+1) < pos(v)}.
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> pos(n + 1);
  for (int i = 0; i < n; ++i) { int x; scanf("%d", &x); pos[x] = i; }
  long long passes = 1;
  for (int v = 1; v < n; ++v) passes += pos[v + 1] < pos[v];
  printf("%lld\n", passes);
}
