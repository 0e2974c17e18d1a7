// TLE: O(n^2): for every element counts its occurrences in the whole array
// (no sorting, no hashing), then keeps the first element of each value.
vector<int> topKFrequent(vector<int>& nums, int k) {
  int n = nums.size();
  vector<pair<int, int>> freq;
  for (int i = 0; i < n; ++i) {
    int c = 0;
    bool first = true;
    for (int j = 0; j < n; ++j) {
      if (nums[j] == nums[i]) {
        ++c;
        if (j < i) first = false;
      }
    }
    if (first) freq.push_back({c, nums[i]});
  }
  sort(freq.rbegin(), freq.rend());
  vector<int> result;
  for (int i = 0; i < k; ++i) result.push_back(freq[i].second);
  return result;
}
