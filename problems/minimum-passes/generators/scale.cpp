// Scaling input for the complexity hint: a worst case of size N.
// Usage: scale N SEED
// The cost of simulating the passes is n * passes, and the number of passes is
// 1 + #{v : pos(v+1) < pos(v)}. A reversed shelf has the most passes (n) but is
// a shape a solution may special-case, so this starts from the reversed shelf
// and swaps about one adjacent pair in eight (each such swap saves one pass):
// ~7n/8 passes, every value moved, no sorted or reversed run longer than ~16.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: scale N SEED\n");
    return 2;
  }
  int n = atoi(argv[1]);
  if (n < 1 || n > 1000000) {
    fprintf(stderr, "scale: N must be in [1, 10^6]\n");
    return 2;
  }
  std::mt19937_64 rng(std::stoull(argv[2]));
  std::vector<int> a(n);
  for (int i = 0; i < n; ++i) a[i] = n - i;  // reversed
  for (int i = 0; i + 1 < n; ++i)
    if (rng() % 8 == 0) {  // raw engine output only
      std::swap(a[i], a[i + 1]);
      ++i;  // disjoint pairs
    }
  std::string out = std::to_string(n) + "\n";
  out.reserve((size_t)n * 8 + 16);
  for (int i = 0; i < n; ++i) {
    out += std::to_string(a[i]);
    out += i + 1 < n ? ' ' : '\n';
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
