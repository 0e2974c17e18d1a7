// CE: returns set<int> instead of vector<int>; the driver assigns the result to
// a vector<int>.
set<int> topKFrequent(vector<int>& nums, int k) {
  map<int, int> count;
  for (int x : nums) ++count[x];
  vector<pair<int, int>> freq;
  for (auto& [v, c] : count) freq.push_back({c, v});
  sort(freq.rbegin(), freq.rend());
  set<int> result;
  for (int i = 0; i < k; ++i) result.insert(freq[i].second);
  return result;
}
