// attack: one huge untouched allocation: new char[64 GiB] (overcommit would
//   let it "succeed" without RLIMIT_AS or a cgroup)
// verdicts: MLE RE
#include <cstdio>
int main() {
  volatile unsigned long long size = 64ull << 30;
  char* p = new char[size];
  p[0] = 1;
  p[size - 1] = 1;
  std::printf("0\n");
  std::fprintf(stderr, "mem_untouched_new: 64 GiB allocated\n");
  return 42;
}
