// BUG: off-by-one loop bound (v < n - 1) never compares pos(n) with pos(n-1), so a break between the last two values is missed.
#include <cstdio>
#include <vector>

int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> pos(n + 1);
  for (int i = 0; i < n; ++i) {
    int v;
    scanf("%d", &v);
    pos[v] = i;
  }
  int passes = 1;
  for (int v = 1; v < n - 1; ++v)
    if (pos[v + 1] < pos[v]) ++passes;
  printf("%d\n", passes);
}
