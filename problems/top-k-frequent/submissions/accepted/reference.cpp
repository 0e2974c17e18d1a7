// Reference: sort a copy, count equal runs, then bring the k most frequent runs
// to the front with nth_element: O(n log n) per call, no hashing.
vector<int> topKFrequent(vector<int>& nums, int k) {
  vector<int> a(nums);
  sort(a.begin(), a.end());
  vector<pair<int, int>> runs;  // (frequency, value)
  for (size_t i = 0; i < a.size();) {
    size_t j = i;
    while (j < a.size() && a[j] == a[i]) ++j;
    runs.push_back({(int)(j - i), a[i]});
    i = j;
  }
  auto more_frequent = [](const pair<int, int>& x, const pair<int, int>& y) { return x.first > y.first; };
  nth_element(runs.begin(), runs.begin() + (k - 1), runs.end(), more_frequent);
  sort(runs.begin(), runs.begin() + k, more_frequent);  // most frequent first (any order is accepted)
  vector<int> result;
  for (int i = 0; i < k; ++i) result.push_back(runs[i].second);
  return result;
}
