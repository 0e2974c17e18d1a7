// complexity: O(n)
// Value -> position in an unordered_map reserved for n up front (no rehash while filling), read with cin.
#include <iostream>
#include <unordered_map>
int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  int n;
  if (!(std::cin >> n)) return 0;
  std::unordered_map<int, int> pos;
  pos.reserve(n);
  for (int i = 0; i < n; ++i) {
    int x;
    std::cin >> x;
    pos.emplace(x, i);
  }
  long long passes = 1;
  for (int v = 1; v < n; ++v)
    if (pos.at(v + 1) < pos.at(v)) ++passes;
  std::cout << passes << "\n";
}
