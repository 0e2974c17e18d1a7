// Correct variant, one scan without a position array: when v is read and v-1
// has not been seen yet, v-1 stands to the right of v, so v needs a new pass.
#include <iostream>
#include <vector>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  int n;
  std::cin >> n;
  std::vector<char> seen(n + 1, 0);
  int passes = 1;
  for (int i = 0; i < n; ++i) {
    int v;
    std::cin >> v;
    if (v > 1 && !seen[v - 1]) ++passes;
    seen[v] = 1;
  }
  std::cout << passes << '\n';
}
