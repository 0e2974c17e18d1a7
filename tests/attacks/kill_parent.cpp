// attack: kill the parent (the judge or the sandbox's supervisor) and init:
//   kill(getppid(), SIGKILL/SIGTERM/SIGSTOP), kill(1, SIGKILL), then every
//   process listed in /proc one by one. Prints 0 (WA) afterwards.
// verdicts: WA RE SV
#include <dirent.h>
#include <signal.h>
#include <cstdlib>
#include <unistd.h>
#include <cstdio>
int main() {
  pid_t me = getpid();
  kill(getppid(), SIGSTOP);
  kill(getppid(), SIGTERM);
  kill(getppid(), SIGKILL);
  kill(1, SIGKILL);
  if (DIR* d = opendir("/proc")) {
    while (dirent* e = readdir(d)) {
      pid_t p = std::atoi(e->d_name);
      if (p > 1 && p != me) kill(p, SIGKILL);
    }
    closedir(d);
  }
  std::printf("0\n");
}
