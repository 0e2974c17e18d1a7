// CE: pushes into a std::set and assigns a string to an int.
#include <iostream>
#include <set>
#include <string>

int main() {
  int n, k;
  long long w;
  std::cin >> n >> k >> w;
  std::set<std::pair<int, std::string>> order;
  order.push_back({1, "a"});
  int best = order.begin()->second;
  std::cout << best << '\n';
}
