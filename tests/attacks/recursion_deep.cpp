// attack: deep recursion: a correct solution that recurses once per book
//   (depth 10^6, ~100 MB of stack). The stack may use the memory limit, so
//   this must be accepted, as on the usual judges.
// verdicts: AC
#include <cstdio>
#include <vector>
static std::vector<int> pos;
static int n;
// passes needed for books v..n, counting one recursion level per book
__attribute__((noinline)) static long passes_from(int v, volatile char* pad) {
  volatile char frame[64];
  frame[0] = pad ? pad[0] : 0;
  if (v >= n) return 1;
  return (pos[v + 1] < pos[v] ? 1 : 0) + passes_from(v + 1, frame);
}
int main() {
  if (std::scanf("%d", &n) != 1) return 0;
  pos.assign(n + 2, 0);
  for (int i = 0; i < n; ++i) {
    int v;
    std::scanf("%d", &v);
    pos[v] = i;
  }
  std::printf("%ld\n", passes_from(1, nullptr));
}
