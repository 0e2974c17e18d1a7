// attack: perf_event_open (CPU clock counter; kernel attack surface, side channels)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <linux/perf_event.h>
int main() {
  long r = [] { struct perf_event_attr a; std::memset(&a, 0, sizeof a); a.type = PERF_TYPE_SOFTWARE; a.size = sizeof a; a.config = PERF_COUNT_SW_CPU_CLOCK; return syscall(SYS_perf_event_open, &a, 0, -1, -1, 0); }();
  std::printf("0\n");
  std::fprintf(stderr, "sys_perf_event_open: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
