// attack: execve of /bin/sh (a second execve)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  long r = [] { char* argv[] = {(char*)"sh", (char*)"-c", (char*)"echo 0; cat /etc/passwd >&2; exit 42", nullptr}; char* envp[] = {nullptr}; return syscall(SYS_execve, "/bin/sh", argv, envp); }();
  std::printf("0\n");
  std::fprintf(stderr, "execve_sh: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
