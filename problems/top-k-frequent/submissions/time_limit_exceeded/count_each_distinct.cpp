// TLE: counts every distinct value with a pass over the whole array:
// O(n * d), about 10^10 steps on 10^5 elements with ~10^5 distinct values.
vector<int> topKFrequent(vector<int>& nums, int k) {
  vector<int> distinct(nums);
  sort(distinct.begin(), distinct.end());
  distinct.erase(unique(distinct.begin(), distinct.end()), distinct.end());
  vector<pair<int, int>> freq;
  for (int v : distinct) {
    int c = 0;
    for (int x : nums)
      if (x == v) ++c;
    freq.push_back({c, v});
  }
  sort(freq.rbegin(), freq.rend());
  vector<int> result;
  for (int i = 0; i < k; ++i) result.push_back(freq[i].second);
  return result;
}
