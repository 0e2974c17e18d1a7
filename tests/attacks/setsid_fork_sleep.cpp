// attack: outlive the run: setsid() to leave the process group, fork, the
//   child setsid()s again and sleeps (a daemon escaping process-group kill);
//   the parent prints 0 and exits at once.
// verdicts: SV
#include <unistd.h>
#include <cstdio>
int main() {
  setsid();
  pid_t child = fork();
  if (child == 0) {
    setsid();
    if (fork() > 0) _exit(0);
    for (;;) sleep(1000);
  }
  std::printf("0\n");
  return 0;
}
