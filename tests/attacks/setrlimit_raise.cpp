// attack: raise rlimits above the hard limit (address space, CPU, file size,
//   processes, open files) to escape the judge's limits.
//   Contained: every attempt fails and it prints 0 (WA). If one succeeds it
//   names it on stderr and exits 42 (RE).
// verdicts: WA SV
#include <sys/resource.h>
#include <cstdio>
int main() {
  const int resources[] = {RLIMIT_AS, RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_NPROC, RLIMIT_NOFILE, RLIMIT_STACK, RLIMIT_DATA};
  bool raised = false;
  for (int r : resources) {
    rlimit old{};
    getrlimit(r, &old);
    rlimit big{RLIM_INFINITY, RLIM_INFINITY};
    if (old.rlim_max != RLIM_INFINITY && setrlimit(r, &big) == 0) {
      std::fprintf(stderr, "setrlimit_raise: raised resource %d above its hard limit\n", r);
      raised = true;
    }
    if (old.rlim_max != RLIM_INFINITY && prlimit(0, static_cast<__rlimit_resource>(r), &big, nullptr) == 0) {
      std::fprintf(stderr, "setrlimit_raise: prlimit raised resource %d\n", r);
      raised = true;
    }
  }
  std::printf("0\n");
  return raised ? 42 : 0;
}
