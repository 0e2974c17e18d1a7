// complexity: O(n^2)
// Recounts the whole window in a plain array after every event and scans it for the top k.
// TLE: compresses the ids, then recounts the window with a plain array for
// every event and scans it for the top k; still O(n * window) = O(n^2) when
// every event is in one window.
#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

int main() {
  int n, k;
  long long w;
  if (scanf("%d %d %lld", &n, &k, &w) != 3) return 0;
  std::vector<long long> t(n);
  std::vector<std::string> name(n);
  char buf[16];
  for (int i = 0; i < n; ++i) {
    scanf("%lld %15s", &t[i], buf);
    name[i] = buf;
  }
  std::vector<std::string> ids(name);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<int> id(n);
  for (int i = 0; i < n; ++i) id[i] = (int)(std::lower_bound(ids.begin(), ids.end(), name[i]) - ids.begin());
  std::vector<int> cnt(ids.size());
  std::string out;
  int l = 0;
  for (int i = 0; i < n; ++i) {
    while (t[l] <= t[i] - w) ++l;
    for (int j = l; j <= i; ++j) ++cnt[id[j]];
    std::vector<std::pair<int, int>> best;  // (-count, rank) of the k best so far
    for (int j = l; j <= i; ++j) {
      int r = id[j];
      if (cnt[r] == 0) continue;  // already taken
      best.push_back({-cnt[r], r});
      cnt[r] = 0;
      std::sort(best.begin(), best.end());
      if ((int)best.size() > k) best.pop_back();
    }
    for (int j = 0; j < (int)best.size(); ++j) {
      if (j) out += ' ';
      out += ids[best[j].second];
    }
    out += '\n';
  }
  fputs(out.c_str(), stdout);
}
