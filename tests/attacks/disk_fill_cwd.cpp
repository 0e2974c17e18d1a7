// attack: disk fill: one huge file in the work dir (cwd), written until a
//   write fails (then exit 3: RE) or a limit kills it (OLE). A run that
//   keeps writing until the time limit was never capped.
// verdicts: OLE RE
#include <fcntl.h>
#include <unistd.h>
#include <cstring>
int main() {
  static char block[1 << 20];
  std::memset(block, 'd', sizeof block);
  int fd = open("judge-attack-fill", O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0) return 4;
  for (;;)
    if (write(fd, block, sizeof block) < 0) return 3;
}
