// attack: read stdin to EOF, read again (a judge that leaves a pipe open
//   would block here), then pause() forever waiting for a signal
// verdicts: TLE
#include <unistd.h>
int main() {
  char buf[65536];
  while (read(0, buf, sizeof buf) > 0) {}
  read(0, buf, sizeof buf);
  for (;;) pause();
}
