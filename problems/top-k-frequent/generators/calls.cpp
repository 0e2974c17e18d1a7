// Calls to topKFrequent whose answer is unique: whenever k < (number of
// distinct values), the k-th largest frequency is strictly larger than the
// (k+1)-th. The values of a call are distinct draws from [LO, HI], each
// repeated by its frequency, and the array is shuffled.
// Usage: calls CALLS LEN D K LO HI SHAPE SEED
//   CALLS  number of calls; each has about LEN elements (CALLS * LEN <= 2*10^5)
//   D      distinct values per call (D <= LEN; 0 = random in [1, min(LEN, HI - LO + 1)])
//   K      k (0 = D, the number of distinct values; -1 = random in [1, D])
//   SHAPE  random  frequencies 1 + a skewed random share of LEN - D; ties at
//                  the k-th place are broken by lowering the tied values below it
//          tiers   the top K values twice, the other D - K once (LEN = D + K)
//          steps   frequencies 1, 2, ..., D (LEN = D (D + 1) / 2)
//          flat    every value LEN / D times and K = D
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

static std::mt19937_64 rng;
static uint64_t below(uint64_t m) { return rng() % m; }  // raw engine output only

int main(int argc, char** argv) {
  if (argc != 9) {
    fprintf(stderr, "usage: calls CALLS LEN D K LO HI SHAPE SEED\n");
    return 2;
  }
  long long calls = atoll(argv[1]), len = atoll(argv[2]), d0 = atoll(argv[3]), k0 = atoll(argv[4]);
  long long lo = atoll(argv[5]), hi = atoll(argv[6]);
  std::string shape = argv[7];
  rng.seed(std::stoull(argv[8]));
  if (calls < 1 || len < 1 || len > 100000 || calls * len > 200000 || d0 < 0 || d0 > len || k0 < -1 ||
      lo < -1000000000 || hi > 1000000000 || lo > hi) {
    fprintf(stderr, "calls: argument out of range\n");
    return 2;
  }
  std::string out = std::to_string(calls) + "\n";
  long long total = 0;
  for (long long c = 0; c < calls; ++c) {
    uint64_t span = (uint64_t)(hi - lo) + 1;
    long long d = d0 ? d0 : 1 + (long long)below(std::min<uint64_t>((uint64_t)len, span));
    std::vector<long long> freq;
    if (shape == "random") {
      freq.assign(d, 1);
      for (long long r = 0; r < len - d; ++r) {
        // skewed: a few values get most of the extra copies
        uint64_t i = below(below((uint64_t)d) + 1);
        freq[i] += 1;
      }
    } else if (shape == "tiers") {
      long long k = k0 > 0 ? k0 : 1;
      freq.assign(d, 1);
      for (long long i = 0; i < std::min(k, d); ++i) freq[i] = 2;
    } else if (shape == "steps") {
      for (long long i = 1; i <= d; ++i) freq.push_back(i);
    } else if (shape == "flat") {
      freq.assign(d, std::max(1LL, len / d));
    } else {
      fprintf(stderr, "calls: unknown shape '%s'\n", shape.c_str());
      return 2;
    }
    long long k = k0 == 0 || shape == "flat" ? d : k0 == -1 ? 1 + (long long)below((uint64_t)d) : k0;
    if (k > d) {
      fprintf(stderr, "calls: k = %lld exceeds the %lld distinct values\n", k, d);
      return 2;
    }
    // make the answer unique: nothing below the k-th place ties with it
    std::vector<long long> order(d);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](long long a, long long b) { return freq[a] > freq[b]; });
    if (k < d) {
      long long kth = freq[order[k - 1]];
      for (long long j = k; j < d; ++j)
        if (freq[order[j]] == kth) --freq[order[j]];
    }
    // distinct values from [lo, hi]
    if (span < (uint64_t)d) {
      fprintf(stderr, "calls: [%lld, %lld] holds fewer than %lld values\n", lo, hi, d);
      return 2;
    }
    std::vector<long long> vals;
    if (span <= 4 * (uint64_t)d) {
      for (long long v = lo; v <= hi; ++v) vals.push_back(v);
      for (size_t i = vals.size() - 1; i > 0; --i) std::swap(vals[i], vals[below(i + 1)]);
      vals.resize(d);
    } else {
      std::unordered_set<long long> seen;
      while ((long long)vals.size() < d) {
        long long v = lo + (long long)below(span);
        if (seen.insert(v).second) vals.push_back(v);
      }
    }
    std::vector<long long> nums;
    for (long long i = 0; i < d; ++i)
      for (long long r = 0; r < freq[i]; ++r) nums.push_back(vals[i]);
    for (size_t i = nums.size() - 1; i > 0; --i) std::swap(nums[i], nums[below(i + 1)]);
    total += (long long)nums.size();
    out += "topKFrequent " + std::to_string(nums.size());
    for (long long x : nums) out += " " + std::to_string(x);
    out += " " + std::to_string(k) + "\n";
  }
  if (total > 200000) {
    fprintf(stderr, "calls: %lld elements in total, over 2*10^5\n", total);
    return 2;
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
