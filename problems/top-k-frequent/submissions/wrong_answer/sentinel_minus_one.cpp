// BUG: counts runs of the sorted array with -1 as the "no previous value"
// sentinel (as if values were non-negative), so the run of the value -1 is
// never recorded unless it is the last run.
vector<int> topKFrequent(vector<int>& nums, int k) {
  vector<int> a(nums);
  sort(a.begin(), a.end());
  vector<pair<int, int>> runs;  // (frequency, value)
  int prev = -1, run = 0;
  for (int x : a) {
    if (x != prev) {
      if (prev != -1) runs.push_back({run, prev});
      prev = x;
      run = 0;
    }
    ++run;
  }
  runs.push_back({run, prev});
  sort(runs.rbegin(), runs.rend());
  vector<int> result;
  for (int i = 0; i < k && i < (int)runs.size(); ++i) result.push_back(runs[i].second);
  return result;
}
