// Every event alone in its window: timestamps strictly grow by at least W
// (a step in [W, 2W]), so each window holds only the current event.
// Usage: alone N K W D ALPHA SEED        (needs N * 2W <= 10^9)
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
  if (argc != 7) {
    fprintf(stderr, "usage: alone N K W D ALPHA SEED\n");
    return 2;
  }
  long long n = atoll(argv[1]), k = atoll(argv[2]), w = atoll(argv[3]), d = atoll(argv[4]);
  int alpha = atoi(argv[5]);
  rng.seed(std::stoull(argv[6]));
  if (n * 2 * w > 1000000000LL) {
    fprintf(stderr, "N * 2W exceeds 10^9\n");
    return 2;
  }
  std::vector<std::string> pool = make_pool(d, alpha);
  std::string out = std::to_string(n) + " " + std::to_string(k) + " " + std::to_string(w) + "\n";
  long long t = (long long)below(1000);
  for (long long i = 0; i < n; ++i) {
    if (i > 0) t += w + (long long)below((uint64_t)w + 1);
    out += std::to_string(t) + " " + pool[below((uint64_t)d)] + "\n";
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
