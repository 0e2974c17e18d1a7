// attack: kill(-1, SIGKILL): every process this uid may signal (other boxes,
//   anything else running as the sandbox uid on the host). Linux spares the
//   caller, so it goes on and prints 0 (WA).
// verdicts: WA RE SV
#include <signal.h>
#include <cstdio>
int main() {
  kill(-1, SIGSTOP);
  kill(-1, SIGKILL);
  std::printf("0\n");
}
