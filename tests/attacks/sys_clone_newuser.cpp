// attack: clone(CLONE_NEWUSER) to get capabilities in a new user namespace
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sched.h>
#include <signal.h>
int main() {
  long r = [] { long r = syscall(SYS_clone, CLONE_NEWUSER | CLONE_NEWNS | SIGCHLD, 0, 0, 0, 0); if (r == 0) _exit(0); return r; }();
  std::printf("0\n");
  std::fprintf(stderr, "sys_clone_newuser: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
