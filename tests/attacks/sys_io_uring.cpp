// attack: io_uring_setup (io_uring bypasses per-call seccomp checks)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <linux/io_uring.h>
int main() {
  long r = [] { struct io_uring_params p; std::memset(&p, 0, sizeof p); return syscall(SYS_io_uring_setup, 8, &p); }();
  std::printf("0\n");
  std::fprintf(stderr, "sys_io_uring: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
