// attack: setns into PID 1's mount namespace
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
int main() {
  long r = syscall(SYS_setns, open("/proc/1/ns/mnt", O_RDONLY), 0);
  std::printf("0\n");
  std::fprintf(stderr, "sys_setns: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
