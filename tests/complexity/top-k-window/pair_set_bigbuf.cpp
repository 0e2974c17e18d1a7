// complexity: O(n log n)
// A std::set of (-count, rank) after sorting the distinct ids, with the whole input and output buffered by hand.
#include <bits/stdc++.h>
using namespace std;
int main() {
  string in((istreambuf_iterator<char>(cin)), istreambuf_iterator<char>());
  istringstream is(in);
  int n, k;
  long long w;
  is >> n >> k >> w;
  vector<long long> t(n);
  vector<string> id(n);
  for (int i = 0; i < n; ++i) is >> t[i] >> id[i];
  vector<string> ids(id);
  sort(ids.begin(), ids.end());
  ids.erase(unique(ids.begin(), ids.end()), ids.end());
  vector<int> r(n);
  for (int i = 0; i < n; ++i) r[i] = (int)(lower_bound(ids.begin(), ids.end(), id[i]) - ids.begin());
  vector<int> cnt(ids.size(), 0);
  set<pair<int, int>> live;
  auto change = [&](int a, int d) {
    if (cnt[a]) live.erase({-cnt[a], a});
    cnt[a] += d;
    if (cnt[a]) live.insert({-cnt[a], a});
  };
  string out;
  int l = 0;
  for (int i = 0; i < n; ++i) {
    change(r[i], +1);
    while (t[l] <= t[i] - w) change(r[l++], -1);
    int m = 0;
    for (auto it = live.begin(); it != live.end() && m < k; ++it, ++m) {
      if (m) out += ' ';
      out += ids[it->second];
    }
    out += '\n';
  }
  fwrite(out.data(), 1, out.size(), stdout);
}
