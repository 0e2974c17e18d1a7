// complexity: O(n)
// Linear but with a large constant: it recomputes the answer 30 times over the array and checks the copies agree.
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> a(n), pos(n + 1);
  for (auto& x : a) scanf("%d", &x);
  long long answer = -1;
  for (int round = 0; round < 30; ++round) {
    for (int i = 0; i < n; ++i) pos[a[i]] = i + round;
    long long passes = 1;
    for (int v = 1; v < n; ++v) passes += pos[v + 1] < pos[v];
    if (answer >= 0 && passes != answer) return 1;
    answer = passes;
  }
  printf("%lld\n", answer);
}
