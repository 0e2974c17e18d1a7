// RE: counts in a static array indexed by value + 10^6, as if |nums[i]| <= 10^6
// (misread bound); a value near +-10^9 indexes gigabytes outside the array.
static int cnt[2000001];

vector<int> topKFrequent(vector<int>& nums, int k) {
  const int OFFSET = 1000000;
  vector<int> distinct;
  for (int x : nums)
    if (cnt[x + OFFSET]++ == 0) distinct.push_back(x);
  vector<pair<int, int>> freq;
  for (int v : distinct) {
    freq.push_back({cnt[v + OFFSET], v});
    cnt[v + OFFSET] = 0;
  }
  sort(freq.rbegin(), freq.rend());
  vector<int> result;
  for (int i = 0; i < k; ++i) result.push_back(freq[i].second);
  return result;
}
