// attack: a static array of ~2 GiB (2000 MiB in .bss, as big as the small
//   code model allows): the binary cannot even be loaded under the limit
// verdicts: MLE RE
#include <cstdio>
static char big[2000ull << 20];
int main() {
  int n = 0;
  if (std::scanf("%d", &n) != 1) n = 1;
  for (unsigned long long i = 0; i < sizeof big; i += 4096) big[i] = static_cast<char>(n + i);
  std::printf("%d\n", big[(n * 7919ull) % sizeof big] == 42 ? 1 : 0);
  std::fprintf(stderr, "mem_static_2gib: touched all of it\n");
  return 42;
}
