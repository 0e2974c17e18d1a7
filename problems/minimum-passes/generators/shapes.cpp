// Structured permutations of 1..n.
// Usage: shapes MODE N PARAM SEED   (PARAM is ignored by modes that do not use it)
//   sorted          1 2 ... n                                   -> 1 pass
//   reversed        n ... 2 1                                   -> n passes
//   blocks          ascending blocks of PARAM consecutive values, blocks in
//                   descending order (7 8 9 4 5 6 1 2 3)        -> ceil(n/PARAM) passes
//   desc_blocks     descending blocks of PARAM values, blocks ascending
//                   (3 2 1 6 5 4 9 8 7)                         -> n - ceil(n/PARAM) + 1 passes
//   shuffled_blocks ascending blocks of PARAM consecutive values in random order
//   interleave      two halves interleaved: h+1 1 h+2 2 ...     -> 2 passes
//   zigzag          2 1 4 3 6 5 ...                             -> floor(n/2) + 1 passes
//   one_out         sorted, then one random book moved to a random place
//   swap_last       1 2 ... n-2 n n-1                           -> 2 passes (n >= 2)
//   swap_pairs      sorted, then PARAM random adjacent pairs of values swapped
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: shapes MODE N PARAM SEED\n");
    return 2;
  }
  std::string mode = argv[1];
  int n = atoi(argv[2]);
  long long param = atoll(argv[3]);
  std::mt19937_64 rng(std::stoull(argv[4]));
  auto below = [&](uint64_t m) { return (int64_t)(rng() % m); };  // raw engine output, no distributions

  std::vector<int> a(n);
  for (int i = 0; i < n; ++i) a[i] = i + 1;
  if (mode == "sorted") {
  } else if (mode == "reversed") {
    std::reverse(a.begin(), a.end());
  } else if (mode == "blocks" || mode == "desc_blocks" || mode == "shuffled_blocks") {
    int b = (int)std::max<long long>(1, param);
    std::vector<std::vector<int>> blocks;
    for (int s = 1; s <= n; s += b) {
      std::vector<int> blk;
      for (int v = s; v <= std::min(n, s + b - 1); ++v) blk.push_back(v);
      if (mode == "desc_blocks") std::reverse(blk.begin(), blk.end());
      blocks.push_back(blk);
    }
    if (mode == "blocks") std::reverse(blocks.begin(), blocks.end());
    if (mode == "shuffled_blocks")
      for (int i = (int)blocks.size() - 1; i > 0; --i) std::swap(blocks[i], blocks[below(i + 1)]);
    a.clear();
    for (auto& blk : blocks) a.insert(a.end(), blk.begin(), blk.end());
  } else if (mode == "interleave") {
    int h = n / 2;
    a.clear();
    for (int i = 1; i <= n - h; ++i) {
      a.push_back(h + i);
      if (i <= h) a.push_back(i);
    }
  } else if (mode == "zigzag") {
    for (int i = 0; i + 1 < n; i += 2) std::swap(a[i], a[i + 1]);
  } else if (mode == "one_out") {
    int from = (int)below(n), to = (int)below(n);
    int v = a[from];
    a.erase(a.begin() + from);
    a.insert(a.begin() + to, v);
  } else if (mode == "swap_last") {
    if (n >= 2) std::swap(a[n - 2], a[n - 1]);
  } else if (mode == "swap_pairs") {
    for (long long k = 0; k < param && n >= 2; ++k) {
      int i = (int)below(n - 1);
      std::swap(a[i], a[i + 1]);
    }
  } else {
    fprintf(stderr, "shapes: unknown mode '%s'\n", mode.c_str());
    return 2;
  }
  std::string out = std::to_string(n) + "\n";
  for (int i = 0; i < n; ++i) {
    out += std::to_string(a[i]);
    out += i + 1 < n ? ' ' : '\n';
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
