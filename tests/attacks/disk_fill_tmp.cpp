// attack: disk fill: one huge file in /tmp (/tmp/judge-attack-pwned-fill),
//   outside the work dir, written until a write fails (exit 3: RE) or a
//   limit kills it (OLE). The test checks the file never appears on the
//   host.
// verdicts: OLE SV RE
#include <fcntl.h>
#include <unistd.h>
#include <cstring>
int main() {
  static char block[1 << 20];
  std::memset(block, 'd', sizeof block);
  int fd = open("/tmp/judge-attack-pwned-fill", O_WRONLY | O_CREAT | O_TRUNC, 0666);
  if (fd < 0) return 3;
  for (;;)
    if (write(fd, block, sizeof block) < 0) return 3;
}
