// attack: AF_UNIX is allowed, and abstract unix sockets live in the network
//   namespace, not the filesystem: connect to the test's abstract socket
//   "@judge-attack-canary" (and D-Bus/systemd style paths) to reach host
//   services. Contained (no network namespace needed for... nothing reached):
//   prints 0 (WA); if a connection is made, exits 42 (RE).
// verdicts: WA SV
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cstddef>
#include <cstdio>
#include <cstring>
static bool try_connect(const char* name, bool abstract) {
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::size_t len = std::strlen(name);
  std::memcpy(addr.sun_path + (abstract ? 1 : 0), name, len);
  socklen_t size = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + len + (abstract ? 1 : 0));
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), size) == 0;
  if (ok) {
    write(fd, "judge-attack\n", 13);
    std::fprintf(stderr, "abstract_unix_socket: connected to %s%s\n", abstract ? "@" : "", name);
  }
  close(fd);
  return ok;
}
int main() {
  bool any = try_connect("judge-attack-canary", true);
  any |= try_connect("/run/dbus/system_bus_socket", false);
  any |= try_connect("/run/systemd/private", false);
  any |= try_connect("/var/run/docker.sock", false);
  std::printf("0\n");
  return any ? 42 : 0;
}
