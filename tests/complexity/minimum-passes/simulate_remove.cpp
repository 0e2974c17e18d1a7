// complexity: O(n^2)
// Simulates the passes on a shrinking vector, erasing each collected book (an O(n) memmove per book).
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> a(n);
  for (auto& x : a) scanf("%d", &x);
  int target = 1, passes = 0;
  while (!a.empty()) {
    ++passes;
    for (size_t i = 0; i < a.size();) {
      if (a[i] == target) { a.erase(a.begin() + i); ++target; }
      else ++i;
    }
  }
  printf("%d\n", passes);
}
