// Uniformly random permutation of 1..n.
// Usage: random_perm N SEED
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: random_perm N SEED\n");
    return 2;
  }
  int n = atoi(argv[1]);
  std::mt19937_64 rng(std::stoull(argv[2]));
  std::vector<int> a(n);
  for (int i = 0; i < n; ++i) a[i] = i + 1;
  for (int i = n - 1; i > 0; --i) std::swap(a[i], a[rng() % (uint64_t)(i + 1)]);  // Fisher-Yates on raw output
  std::string out = std::to_string(n) + "\n";
  for (int i = 0; i < n; ++i) {
    out += std::to_string(a[i]);
    out += i + 1 < n ? ' ' : '\n';
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
