// BUG: keeps the values whose frequency is above the (k+1)-th largest one; when
// k is the number of distinct values there is no (k+1)-th, and the fallback
// threshold (the k-th frequency itself) drops the least frequent values, e.g.
// a single element gives an empty answer.
vector<int> topKFrequent(vector<int>& nums, int k) {
  unordered_map<int, int> count;
  for (int x : nums) ++count[x];
  vector<int> freqs;
  for (auto& [value, c] : count) freqs.push_back(c);
  sort(freqs.rbegin(), freqs.rend());
  int threshold = k < (int)freqs.size() ? freqs[k] : freqs[k - 1];
  vector<int> result;
  for (auto& [value, c] : count)
    if (c > threshold) result.push_back(value);
  return result;
}
