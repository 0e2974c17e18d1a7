// attack: descriptors leaked by the judge: look at every fd from 3 up (a
//   judge file, a pipe, a socket, a directory outside the box would be a way
//   out), and reopen stdout/stderr through /proc/self/fd with O_RDWR|O_TRUNC
//   (the judge's own output files). Nothing found prints 0 (WA); anything
//   found is named on stderr and it exits 42 (RE).
// verdicts: WA SV
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <string>
int main() {
  bool leak = false;
  for (int fd = 3; fd < 1024; ++fd) {
    if (fcntl(fd, F_GETFD) < 0) continue;
    char target[512] = {0};
    readlink(("/proc/self/fd/" + std::to_string(fd)).c_str(), target, sizeof target - 1);
    std::fprintf(stderr, "fd_leak: fd %d is open: %s\n", fd, target);
    leak = true;
  }
  for (const char* path : {"/proc/self/fd/1", "/proc/self/fd/2"}) {
    int fd = open(path, O_RDWR | O_TRUNC);
    if (fd >= 0) {
      std::fprintf(stderr, "fd_leak: reopened %s read-write\n", path);
      leak = true;
    }
  }
  std::printf("0\n");
  return leak ? 42 : 0;
}
