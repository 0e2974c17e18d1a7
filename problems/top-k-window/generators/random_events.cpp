// Random events over a pool of D distinct ids.
// Usage: random_events N K W D MAXSTEP SKEW ALPHA SEED
//   timestamps start at a random offset and grow by a random step in [0, MAXSTEP]
//   SKEW 0: ids uniform; SKEW s > 0: index = min of s+1 uniform draws (a few ids dominate)
//   ALPHA: ids use the first ALPHA lowercase letters (small ALPHA: many shared prefixes)
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
  if (argc != 9) {
    fprintf(stderr, "usage: random_events N K W D MAXSTEP SKEW ALPHA SEED\n");
    return 2;
  }
  long long n = atoll(argv[1]), k = atoll(argv[2]), w = atoll(argv[3]), d = atoll(argv[4]);
  long long maxstep = atoll(argv[5]), skew = atoll(argv[6]);
  int alpha = atoi(argv[7]);
  rng.seed(std::stoull(argv[8]));
  std::vector<std::string> pool = make_pool(d, alpha);
  const long long tmax = 1000000000;
  long long span = n * maxstep;
  long long t = span < tmax ? (long long)below((uint64_t)(tmax - span + 1)) : 0;
  std::string out = std::to_string(n) + " " + std::to_string(k) + " " + std::to_string(w) + "\n";
  for (long long i = 0; i < n; ++i) {
    if (i > 0) t = std::min(tmax, t + (long long)below((uint64_t)maxstep + 1));
    uint64_t idx = below((uint64_t)d);
    for (long long s = 0; s < skew; ++s) idx = std::min(idx, below((uint64_t)d));
    out += std::to_string(t) + " " + pool[idx] + "\n";
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
