// TLE: simulation that also removes collected books from the shelf; still O(n^2) on a reversed or random shelf.
#include <cstdio>
#include <vector>

int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<int> shelf(n);
  for (auto& x : shelf) scanf("%d", &x);
  int target = 1, passes = 0;
  while (!shelf.empty()) {
    ++passes;
    std::vector<int> rest;
    for (int x : shelf) {
      if (x == target) ++target;
      else rest.push_back(x);
    }
    shelf.swap(rest);
  }
  printf("%d\n", passes);
}
