// attack: mkfifo in the work dir and open it for reading: blocks forever
//   with no writer (no CPU used)
// verdicts: TLE SV
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
int main() {
  mkfifo("judge-attack-fifo", 0666);
  int fd = open("judge-attack-fifo", O_RDONLY);
  char c;
  for (;;) read(fd, &c, 1);
}
