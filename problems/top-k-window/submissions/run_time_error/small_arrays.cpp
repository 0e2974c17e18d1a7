// RE: C-style arrays sized for n <= 10^5 (misread constraint); with n = 2*10^5
// the reads run a megabyte past the end of the arrays and the program segfaults.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <utility>

const int MAXN = 100005;
long long t[MAXN];
char name[MAXN][11];
int ord[MAXN], id[MAXN], cnt[MAXN];

int main() {
  int n, k;
  long long w;
  if (scanf("%d %d %lld", &n, &k, &w) != 3) return 0;
  for (int i = 0; i < n; ++i) scanf("%lld %10s", &t[i], name[i]);
  for (int i = 0; i < n; ++i) ord[i] = i;
  std::sort(ord, ord + n, [](int a, int b) { return strcmp(name[a], name[b]) < 0; });
  int d = 0;
  for (int j = 0; j < n; ++j) {
    if (j > 0 && strcmp(name[ord[j]], name[ord[j - 1]]) != 0) ++d;
    id[ord[j]] = d;
  }
  std::set<std::pair<int, int>> order;  // (-count, rank)
  auto change = [&](int r, int delta) {
    if (cnt[r] > 0) order.erase({-cnt[r], r});
    cnt[r] += delta;
    if (cnt[r] > 0) order.insert({-cnt[r], r});
  };
  // rank -> some event with that id, to print names
  static int example[MAXN];
  for (int i = 0; i < n; ++i) example[id[i]] = i;
  int l = 0;
  for (int i = 0; i < n; ++i) {
    change(id[i], +1);
    while (t[l] <= t[i] - w) change(id[l++], -1);
    int printed = 0;
    for (auto it = order.begin(); it != order.end() && printed < k; ++it, ++printed)
      printf(printed ? " %s" : "%s", name[example[it->second]]);
    printf("\n");
  }
}
