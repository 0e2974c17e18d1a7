// complexity: O(n log n)
// The O(k)-per-event top list, after sorting the n ids with std::sort to number them (an O(n log n) string sort).
#include <bits/stdc++.h>
using namespace std;
// Counts per id; "top" holds the best min(k, live ids) ids in order. A count
// changes by one: an increment can only lift that id into or within top
// (O(k)); a decrement of an id in top recomputes top by scanning every id.
int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n, k;
  long long w;
  cin >> n >> k >> w;
  vector<long long> t(n);
  vector<int> x(n);
  vector<string> id(n);
  for (int i = 0; i < n; ++i) cin >> t[i] >> id[i];
  vector<string> name(id);
  sort(name.begin(), name.end());
  name.erase(unique(name.begin(), name.end()), name.end());
  for (int i = 0; i < n; ++i) x[i] = (int)(lower_bound(name.begin(), name.end(), id[i]) - name.begin());
  vector<int> cnt(name.size(), 0);
  vector<char> in_top(name.size(), 0);
  vector<int> top;
  auto better = [&](int a, int b) {
    if (cnt[a] != cnt[b]) return cnt[a] > cnt[b];
    return a < b;  // ranks follow byte order
  };
  auto settle = [&](int p) {  // top[p] may have improved: bubble it up
    while (p > 0 && better(top[p], top[p - 1])) { swap(top[p], top[p - 1]); --p; }
  };
  string out;
  int l = 0;
  for (int i = 0; i < n; ++i) {
    int a = x[i];
    ++cnt[a];
    if (in_top[a]) {
      settle((int)(find(top.begin(), top.end(), a) - top.begin()));
    } else if ((int)top.size() < k) {
      top.push_back(a); in_top[a] = 1; settle((int)top.size() - 1);
    } else if (better(a, top.back())) {
      in_top[top.back()] = 0; top.back() = a; in_top[a] = 1; settle((int)top.size() - 1);
    }
    bool rescan = false;
    while (t[l] <= t[i] - w) {
      int b = x[l++];
      --cnt[b];
      if (in_top[b]) rescan = true;
    }
    if (rescan) {
      for (int q : top) in_top[q] = 0;
      top.clear();
      for (int q = 0; q < (int)name.size(); ++q) {
        if (cnt[q] == 0) continue;
        if ((int)top.size() < k) { top.push_back(q); settle((int)top.size() - 1); }
        else if (better(q, top.back())) { top.back() = q; settle((int)top.size() - 1); }
      }
      for (int q : top) in_top[q] = 1;
    }
    for (int j = 0; j < (int)top.size(); ++j) {
      if (j) out += ' ';
      out += name[top[j]];
    }
    out += '\n';
  }
  cout << out;
}
