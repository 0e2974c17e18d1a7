// attack: x32 ABI system call (syscall number | __X32_SYSCALL_BIT) to dodge an x86-64-only filter
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  long r = syscall(0x40000000L | SYS_getpid);
  std::printf("0\n");
  std::fprintf(stderr, "sys_x32: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
