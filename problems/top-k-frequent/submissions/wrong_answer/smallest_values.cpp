// BUG: returns the k smallest distinct values instead of the k most frequent.
vector<int> topKFrequent(vector<int>& nums, int k) {
  set<int> distinct(nums.begin(), nums.end());
  vector<int> result;
  for (int x : distinct) {
    if ((int)result.size() == k) break;
    result.push_back(x);
  }
  return result;
}
