// MLE: simulates the passes and keeps the remaining shelf of every pass in a vector<vector<int>> (history); a random or reversed shelf of 10^6 books adds ~4 MB per pass and passes 256 MiB after ~64 passes.
#include <cstdio>
#include <vector>

int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<std::vector<int>> history(1, std::vector<int>(n));
  for (auto& x : history[0]) scanf("%d", &x);
  int target = 1;
  while (!history.back().empty()) {
    std::vector<int> rest;
    rest.reserve(history.back().size());
    for (int x : history.back()) {
      if (x == target) ++target;
      else rest.push_back(x);
    }
    history.push_back(std::move(rest));
  }
  printf("%zu\n", history.size() - 1);
}
