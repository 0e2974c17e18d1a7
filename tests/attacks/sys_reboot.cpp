// attack: reboot(2) with the magic numbers (power off the machine)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <linux/reboot.h>
int main() {
  long r = syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_CAD_OFF, nullptr);
  std::printf("0\n");
  std::fprintf(stderr, "sys_reboot: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
