// complexity: O(n^3)
// After every event it counts each window event's id by scanning the whole window again: O(window^2) per event.
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
  // ids as ints (first appearance order), so the inner scans compare ints
  unordered_map<string, int> num;
  vector<int> x(n);
  vector<string> name;
  for (int i = 0; i < n; ++i) {
    auto [it, fresh] = num.try_emplace(id[i], (int)name.size());
    if (fresh) name.push_back(id[i]);
    x[i] = it->second;
  }
  string out;
  int l = 0;
  vector<pair<int, int>> best;  // (count, id number) for the window's distinct ids
  for (int i = 0; i < n; ++i) {
    while (t[l] <= t[i] - w) ++l;
    best.clear();
    for (int j = l; j <= i; ++j) {
      int c = 0;
      bool first = true;
      for (int q = l; q <= i; ++q) {
        if (x[q] == x[j]) {
          if (q < j) first = false;
          ++c;
        }
      }
      if (first) best.push_back({c, x[j]});
    }
    auto better = [&](const pair<int, int>& a, const pair<int, int>& b) {
      if (a.first != b.first) return a.first > b.first;
      return name[a.second] < name[b.second];
    };
    int m = min<int>(k, (int)best.size());
    partial_sort(best.begin(), best.begin() + m, best.end(), better);
    for (int j = 0; j < m; ++j) {
      if (j) out += ' ';
      out += name[best[j].second];
    }
    out += '\n';
  }
  cout << out;
}
