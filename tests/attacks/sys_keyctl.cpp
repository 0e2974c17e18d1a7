// attack: add_key / keyctl on the session keyring (kernel keys)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

int main() {
  long r = [] { long k = syscall(SYS_add_key, "user", "judge-attack", "x", 1, -3 /*KEY_SPEC_SESSION_KEYRING*/); return k < 0 ? syscall(SYS_keyctl, 0 /*KEYCTL_GET_KEYRING_ID*/, -3, 0) : k; }();
  std::printf("0\n");
  std::fprintf(stderr, "sys_keyctl: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
