// complexity: O(n log n)
// Keeps value -> position in a std::map (a balanced tree), n inserts and n lookups of O(log n).
#include <cstdio>
#include <map>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::map<int, int> pos;
  for (int i = 0; i < n; ++i) { int x; scanf("%d", &x); pos[x] = i; }
  long long passes = 1;
  for (int v = 1; v < n; ++v) passes += pos.at(v + 1) < pos.at(v);
  printf("%lld\n", passes);
}
