// attack: connect to the host's loopback: 127.0.0.1:47311-47314 (the test
//   listens there) and send data. Sockets other than AF_UNIX are forbidden.
//   If a connection is made it exits 42 (RE).
// verdicts: SV
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <cstdio>
int main() {
  bool connected = false;
  for (int port = 47311; port <= 47314; ++port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) continue;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
      write(fd, "judge-attack\n", 13);
      std::fprintf(stderr, "connect_tcp: connected to port %d\n", port);
      connected = true;
    }
    close(fd);
  }
  std::printf("0\n");
  return connected ? 42 : 3;
}
