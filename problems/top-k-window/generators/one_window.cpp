// Every event inside one window: w = 10^9 and timestamps are sorted random
// values in [0, 10^9 - 1], so t_j > t_i - w holds for all j <= i.
// Usage: one_window N K D ALPHA SEED
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>
#include <string>
#include <vector>

static std::mt19937_64 rng;
static uint64_t below(uint64_t m) { return rng() % m; }  // raw engine output only

static std::vector<std::string> make_pool(long long d, int alpha) {
  long double possible = 0, p = 1;
  for (int len = 1; len <= 10; ++len) possible += (p *= alpha);
  if ((long double)d > possible / 2) {
    fprintf(stderr, "too many ids (%lld) for alphabet %d\n", d, alpha);
    exit(2);
  }
  std::vector<std::string> pool;
  std::set<std::string> seen;
  while ((long long)pool.size() < d) {
    int len = 1 + (int)below(10);
    std::string s;
    for (int i = 0; i < len; ++i) s += (char)('a' + below(alpha));
    if (seen.insert(s).second) pool.push_back(s);
  }
  return pool;
}

int main(int argc, char** argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: one_window N K D ALPHA SEED\n");
    return 2;
  }
  long long n = atoll(argv[1]), k = atoll(argv[2]), d = atoll(argv[3]);
  int alpha = atoi(argv[4]);
  rng.seed(std::stoull(argv[5]));
  std::vector<std::string> pool = make_pool(d, alpha);
  const long long w = 1000000000;
  std::vector<long long> t(n);
  for (auto& x : t) x = (long long)below((uint64_t)w);  // 0 .. 10^9 - 1
  std::sort(t.begin(), t.end());
  std::string out = std::to_string(n) + " " + std::to_string(k) + " " + std::to_string(w) + "\n";
  for (long long i = 0; i < n; ++i) out += std::to_string(t[i]) + " " + pool[below((uint64_t)d)] + "\n";
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
