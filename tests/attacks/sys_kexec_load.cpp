// attack: kexec_load (boot another kernel)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  long r = syscall(SYS_kexec_load, 0, 0, nullptr, 0);
  std::printf("0\n");
  std::fprintf(stderr, "sys_kexec_load: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
