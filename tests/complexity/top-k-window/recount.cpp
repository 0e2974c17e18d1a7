// complexity: O(n^2)
// Recounts the whole window in an unordered_map after every event, and the scale input keeps every event in the window.
// TLE: recounts the whole window for every event (O(n * window)); with every
// event in one window that is ~n^2/2 = 2*10^10 steps for n = 2*10^5.
#include <algorithm>
#include <iostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  int n, k;
  long long w;
  std::cin >> n >> k >> w;
  std::vector<long long> t(n);
  std::vector<std::string> id(n);
  for (int i = 0; i < n; ++i) std::cin >> t[i] >> id[i];
  std::string out;
  int l = 0;
  for (int i = 0; i < n; ++i) {
    while (t[l] <= t[i] - w) ++l;
    std::unordered_map<std::string, int> count;
    for (int j = l; j <= i; ++j) ++count[id[j]];
    std::vector<std::pair<int, std::string>> best;
    for (auto& [s, c] : count) best.push_back({-c, s});
    int m = std::min<int>(k, (int)best.size());
    std::partial_sort(best.begin(), best.begin() + m, best.end());
    for (int j = 0; j < m; ++j) {
      if (j) out += ' ';
      out += best[j].second;
    }
    out += '\n';
  }
  std::cout << out;
}
