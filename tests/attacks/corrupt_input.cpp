// attack: corrupt the test data: write to stdin's descriptor, reopen the
//   input through /proc/self/fd/0 for writing and truncate it, so this or a
//   later grading sees other data. Every attempt failing prints 0 (WA); one
//   that works is named on stderr and it exits 42 (RE). The test's final
//   grading of the reference must still be accepted.
// verdicts: WA SV
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
int main() {
  bool wrote = false;
  if (write(0, "1\n1\n", 4) > 0) {
    std::fprintf(stderr, "corrupt_input: wrote to fd 0\n");
    wrote = true;
  }
  int fd = open("/proc/self/fd/0", O_WRONLY);
  if (fd >= 0) {
    std::fprintf(stderr, "corrupt_input: reopened the input for writing\n");
    wrote = true;
    close(fd);
  }
  if (ftruncate(0, 0) == 0) {
    std::fprintf(stderr, "corrupt_input: truncated the input\n");
    wrote = true;
  }
  std::printf("0\n");
  return wrote ? 42 : 0;
}
