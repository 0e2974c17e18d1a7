// attack: init_module / finit_module (load a kernel module)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  long r = [] { long r = syscall(SYS_init_module, "\0\0\0\0", 4, ""); return r < 0 ? syscall(SYS_finit_module, 0, "", 0) : r; }();
  std::printf("0\n");
  std::fprintf(stderr, "sys_init_module: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
