// Timestamps on a grid of W / PARTS: every step is 0 or W / PARTS, so an event
// with t_j = t_i - W (exactly on the boundary, outside the window) is common.
// Usage: boundary N K W PARTS D ALPHA SEED      (W divisible by PARTS)
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
  if (argc != 8) {
    fprintf(stderr, "usage: boundary N K W PARTS D ALPHA SEED\n");
    return 2;
  }
  long long n = atoll(argv[1]), k = atoll(argv[2]), w = atoll(argv[3]), parts = atoll(argv[4]), d = atoll(argv[5]);
  int alpha = atoi(argv[6]);
  rng.seed(std::stoull(argv[7]));
  if (parts < 1 || w % parts != 0 || n * (w / parts) > 1000000000LL) {
    fprintf(stderr, "need W divisible by PARTS and N * W / PARTS <= 10^9\n");
    return 2;
  }
  std::vector<std::string> pool = make_pool(d, alpha);
  long long step = w / parts;
  long long t = (long long)below((uint64_t)(1000000000LL - n * step + 1));
  std::string out = std::to_string(n) + " " + std::to_string(k) + " " + std::to_string(w) + "\n";
  for (long long i = 0; i < n; ++i) {
    if (i > 0 && below(2)) t += step;
    out += std::to_string(t) + " " + pool[below((uint64_t)d)] + "\n";
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
