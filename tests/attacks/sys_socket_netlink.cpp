// attack: socket(AF_NETLINK) (kernel attack surface, routing tables)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <linux/netlink.h>
int main() {
  long r = syscall(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  std::printf("0\n");
  std::fprintf(stderr, "sys_socket_netlink: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
