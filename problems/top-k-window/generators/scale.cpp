// Scaling input for the complexity hint: N events, all inside one window.
// Usage: scale N SEED
// k = 5 and w = 10^9; timestamps are sorted random values in [0, 10^9 - 1], so
// t_j > t_i - w holds for every j <= i and the window holds every event so far.
// The ids are N/4 distinct random strings (length 1..10, 26 letters), each
// event's id uniform among them: the number of live ids grows with N (an
// ordered structure over them costs log n per step), the counts keep changing
// near the top, and recounting the window after every event costs ~n^2/2.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

static std::mt19937_64 rng;
static uint64_t below(uint64_t m) { return rng() % m; }  // raw engine output only

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: scale N SEED\n");
    return 2;
  }
  long long n = atoll(argv[1]);
  if (n < 1 || n > 200000) {
    fprintf(stderr, "scale: N must be in [1, 2*10^5]\n");
    return 2;
  }
  rng.seed(std::stoull(argv[2]));
  const long long k = 5, w = 1000000000;
  long long d = std::max(1LL, n / 4);
  std::vector<std::string> pool;
  std::unordered_set<std::string> seen;
  while ((long long)pool.size() < d) {
    int len = 1 + (int)below(10);
    std::string s;
    for (int i = 0; i < len; ++i) s += (char)('a' + below(26));
    if (seen.insert(s).second) pool.push_back(s);
  }
  std::vector<long long> t(n);
  for (auto& x : t) x = (long long)below((uint64_t)w);  // 0 .. 10^9 - 1
  std::sort(t.begin(), t.end());
  std::string out = std::to_string(n) + " " + std::to_string(k) + " " + std::to_string(w) + "\n";
  for (long long i = 0; i < n; ++i) out += std::to_string(t[i]) + " " + pool[below((uint64_t)d)] + "\n";
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
