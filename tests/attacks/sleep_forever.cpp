// attack: sleeping forever (no CPU used: only a wall-clock limit stops it)
// verdicts: TLE
#include <unistd.h>
int main() {
  for (;;) sleep(1000);
}
