// attack: infinite loop (pure CPU)
// verdicts: TLE
int main() {
  for (volatile unsigned long i = 0;; i = i + 1) {}
}
