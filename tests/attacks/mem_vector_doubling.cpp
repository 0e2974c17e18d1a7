// attack: memory bomb: a std::vector growing by doubling (push_back forever)
// verdicts: MLE RE
#include <vector>
int main() {
  std::vector<long> v;
  for (long i = 0;; ++i) v.push_back(i);
}
