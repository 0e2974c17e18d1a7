// attack: fork bomb (every process forks forever)
// verdicts: SV TLE MLE RE
#include <unistd.h>
int main() {
  for (;;) fork();
}
