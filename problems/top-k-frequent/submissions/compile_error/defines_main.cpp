// CE: a correct function plus the candidate's own main(), which clashes with
// the driver's main.
#include <bits/stdc++.h>
using namespace std;

vector<int> topKFrequent(vector<int>& nums, int k) {
  unordered_map<int, int> count;
  for (int x : nums) ++count[x];
  vector<pair<int, int>> freq;
  for (auto& [v, c] : count) freq.push_back({c, v});
  sort(freq.rbegin(), freq.rend());
  vector<int> result;
  for (int i = 0; i < k; ++i) result.push_back(freq[i].second);
  return result;
}

int main() {
  vector<int> nums = {1, 1, 1, 2, 2, 3};
  for (int x : topKFrequent(nums, 2)) cout << x << ' ';
  cout << '\n';
}
