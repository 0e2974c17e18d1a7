// complexity: O(n log n)
// Keeps the live ids in a std::set<pair<int, string>> ordered by (-count, id): one erase and one insert of O(log n) per event.
// Correct variant, online and without compression: counts in an
// unordered_map<string, int>, the window in a deque, and the ids with a
// positive count in a std::set<pair<int, string>> ordered by (-count, id).
// O(n log n) string comparisons.
#include <deque>
#include <iostream>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  int n, k;
  long long w;
  std::cin >> n >> k >> w;
  std::unordered_map<std::string, int> count;
  count.reserve(2 * n + 1);
  std::set<std::pair<int, std::string>> order;
  std::deque<std::pair<long long, std::string>> window;
  auto change = [&](const std::string& id, int delta) {
    int& c = count[id];
    if (c > 0) order.erase({-c, id});
    c += delta;
    if (c > 0) order.insert({-c, id});
  };
  std::string out;
  for (int i = 0; i < n; ++i) {
    long long t;
    std::string id;
    std::cin >> t >> id;
    window.emplace_back(t, id);
    change(id, +1);
    while (window.front().first <= t - w) {
      change(window.front().second, -1);
      window.pop_front();
    }
    int printed = 0;
    for (auto it = order.begin(); it != order.end() && printed < k; ++it, ++printed) {
      if (printed) out += ' ';
      out += it->second;
    }
    out += '\n';
  }
  std::cout << out;
}
