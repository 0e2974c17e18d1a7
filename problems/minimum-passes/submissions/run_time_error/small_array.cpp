// RE: the position array is sized for n <= 10^5 (misread constraint); on n = 10^6 pos[v] writes megabytes past its end and segfaults.
#include <cstdio>

const int MAXN = 100005;
int pos[MAXN];

int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  for (int i = 0; i < n; ++i) {
    int v;
    scanf("%d", &v);
    pos[v] = i;
  }
  int passes = 1;
  for (int v = 1; v < n; ++v)
    if (pos[v + 1] < pos[v]) ++passes;
  printf("%d\n", passes);
}
