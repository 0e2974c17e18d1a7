// complexity: O(n)
// Value -> position in a std::unordered_map: O(1) expected per operation, but a heavy constant (hashing, node allocation).
#include <cstdio>
#include <unordered_map>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::unordered_map<int, int> pos;
  for (int i = 0; i < n; ++i) { int x; scanf("%d", &x); pos[x] = i; }
  long long passes = 1;
  for (int v = 1; v < n; ++v) passes += pos[v + 1] < pos[v];
  printf("%lld\n", passes);
}
