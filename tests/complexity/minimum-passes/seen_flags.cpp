// complexity: O(n)
// One left-to-right scan: a book starts a new pass exactly when its predecessor has not been seen yet.
#include <cstdio>
#include <vector>
int main() {
  int n;
  if (scanf("%d", &n) != 1) return 0;
  std::vector<char> seen(n + 2, 0);
  long long late = 0;  // values v+1 seen before v
  for (int i = 0; i < n; ++i) {
    int x;
    scanf("%d", &x);
    if (x > 1 && !seen[x - 1]) ++late;
    seen[x] = 1;
  }
  printf("%lld\n", late + 1);
}
