// Heavy ties: ids come round-robin in a random order (a fresh random order
// each round when RESHUFFLE is 1), one event per time unit, so the counts in a
// window differ by at most one and the tie-break by id decides the answer.
// First appearance order is random, not alphabetical.
// Usage: ties N K W D ALPHA RESHUFFLE SEED
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>
#include <string>
#include <utility>
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
    fprintf(stderr, "usage: ties N K W D ALPHA RESHUFFLE SEED\n");
    return 2;
  }
  long long n = atoll(argv[1]), k = atoll(argv[2]), w = atoll(argv[3]), d = atoll(argv[4]);
  int alpha = atoi(argv[5]);
  bool reshuffle = atoi(argv[6]) != 0;
  rng.seed(std::stoull(argv[7]));
  std::vector<std::string> pool = make_pool(d, alpha);
  auto shuffle = [&]() {
    for (long long i = d - 1; i > 0; --i) std::swap(pool[i], pool[below((uint64_t)i + 1)]);
  };
  shuffle();
  std::string out = std::to_string(n) + " " + std::to_string(k) + " " + std::to_string(w) + "\n";
  long long t = (long long)below(1000);
  for (long long i = 0; i < n; ++i) {
    if (i > 0 && i % d == 0 && reshuffle) shuffle();
    out += std::to_string(t + i) + " " + pool[i % d] + "\n";
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
