// complexity: O(n log n)
// Positions in an unordered_map, but first a sorted copy of the values checks that they are a permutation: std::sort of ints, a small share of the work beside the hashing.
#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> values(n);
  for (int& v : values) scanf("%d", &v);
  std::vector<int> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  for (int i = 0; i < n; ++i)
    if (sorted[i] != i + 1) return 1;  // not a permutation of 1..n
  std::unordered_map<int, int> pos;
  for (int i = 0; i < n; ++i) pos[values[i]] = i;
  long long passes = 1;
  for (int v = 1; v < n; ++v) passes += pos[v + 1] < pos[v];
  printf("%lld\n", passes);
}
