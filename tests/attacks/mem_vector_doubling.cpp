// attack: memory bomb: a std::vector growing by doubling (push_back forever)
// verdicts: MLE RE
// A machine whose page faults are slow can spend the CPU limit before the
// vector reaches the memory limit (1 s of CPU for 133-204 MiB on one).
// tle-after-memory: 25
#include <vector>
int main() {
  std::vector<long> v;
  for (long i = 0;; ++i) v.push_back(i);
}
