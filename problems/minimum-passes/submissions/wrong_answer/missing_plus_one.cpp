// BUG: counts the pass breaks (pos(v+1) < pos(v)) but forgets the first pass (no +1), so a sorted shelf gives 0.
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
  int breaks = 0;
  for (int v = 1; v < n; ++v)
    if (pos[v + 1] < pos[v]) ++breaks;
  printf("%d\n", breaks);
}
