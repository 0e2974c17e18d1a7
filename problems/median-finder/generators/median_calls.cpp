// Call sequences for MedianFinder: the constructor line, N, then N calls.
// Usage: median_calls MODE N QUERIES LO HI SEED
// The first call is always addNum; after it each call is findMedian with
// probability QUERIES per mille, else addNum(the next number of MODE).
// The k-th number added (k = 0, 1, ...), all clamped to [LO, HI]:
//   random      uniform in [LO, HI]
//   ascending   LO + k                 (every number lands at the top)
//   descending  HI - k                 (every number lands at the bottom)
//   inward      HI - k/2 for even k, LO + k/2 for odd k: the extremes first,
//               then closer and closer to the middle (every number lands in
//               the middle of those before it)
//   zigzag      random, but alternately in the lower and the upper half of
//               [LO, HI]: the two heaps take turns growing
//   runs        runs of random length (1..64) of one random value, then
//               ascending or descending runs: duplicates and monotone stretches
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
  if (argc != 7) {
    fprintf(stderr, "usage: median_calls MODE N QUERIES LO HI SEED\n");
    return 2;
  }
  std::string mode = argv[1];
  long long n = atoll(argv[2]);
  long long queries = atoll(argv[3]);
  long long lo = atoll(argv[4]), hi = atoll(argv[5]);
  std::mt19937_64 rng(std::stoull(argv[6]));
  auto below = [&](uint64_t m) { return (long long)(rng() % m); };  // raw engine output, no distributions
  auto clamp = [&](long long v) { return v < lo ? lo : v > hi ? hi : v; };
  long long mid = lo + (hi - lo) / 2;

  long long k = 0, run_left = 0, run_value = 0, run_step = 0;
  auto next = [&]() -> long long {
    long long v;
    if (mode == "random") v = lo + below(hi - lo + 1);
    else if (mode == "ascending") v = lo + k;
    else if (mode == "descending") v = hi - k;
    else if (mode == "inward") v = k % 2 == 0 ? hi - k / 2 : lo + k / 2;
    else if (mode == "zigzag") v = k % 2 == 0 ? lo + below(mid - lo + 1) : mid + 1 + below(hi - mid);
    else if (mode == "runs") {
      if (run_left == 0) {
        run_left = 1 + below(64);
        run_value = lo + below(hi - lo + 1);
        run_step = (long long)below(3) - 1;  // -1, 0, +1
      }
      --run_left;
      v = run_value;
      run_value += run_step;
    } else {
      fprintf(stderr, "median_calls: unknown mode '%s'\n", mode.c_str());
      exit(2);
    }
    ++k;
    return clamp(v);
  };

  std::string out = "MedianFinder\n" + std::to_string(n) + "\n";
  for (long long i = 0; i < n; ++i) {
    if (i > 0 && below(1000) < queries) out += "findMedian\n";
    else out += "addNum " + std::to_string(next()) + "\n";
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
