// Scaling input for the complexity hint: N calls on a cache of capacity N/2.
// Usage: scale N SEED
// The first N/2 calls put new keys and fill the cache. The rest mix, among the
// keys that are live at that moment: 40% gets, 30% updates (put on a live key)
// and 30% puts of new keys, each of which evicts the least recent key. Every
// live key is picked uniformly, so a solution that scans its recency order
// costs ~capacity/2 per call (O(n^2) in total); get on an evicted key never
// happens, every call touches a live key.
// Keys are ids 0, 1, 2, ... sent through a bijection of [0, 10^9]
// (id * 3^18 mod 10^9+1); values are random in [0, 10^9].
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <list>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

static const uint64_t M = 1000000001;
static uint64_t key_of(uint64_t id) { return (id * 387420489ULL) % M; }

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: scale N SEED\n");
    return 2;
  }
  long long n = atoll(argv[1]);
  if (n < 2 || n > 200000) {
    fprintf(stderr, "scale: N must be in [2, 2*10^5]\n");
    return 2;
  }
  std::mt19937_64 rng(std::stoull(argv[2]));
  auto below = [&](uint64_t m) { return rng() % m; };  // raw engine output only
  const long long cap = n / 2;

  // a correct LRU cache, to know the least recent key
  std::list<uint64_t> order;  // most recent first
  std::unordered_map<uint64_t, std::list<uint64_t>::iterator> at;
  std::vector<uint64_t> live;  // live keys, for uniform choice
  std::unordered_map<uint64_t, size_t> pos;
  auto touch = [&](uint64_t k) { order.splice(order.begin(), order, at[k]); };
  auto add = [&](uint64_t k) {
    order.push_front(k);
    at[k] = order.begin();
    pos[k] = live.size();
    live.push_back(k);
  };
  auto evict = [&]() {
    uint64_t v = order.back();
    order.pop_back();
    at.erase(v);
    size_t p = pos[v];
    live[p] = live.back();
    pos[live[p]] = p;
    live.pop_back();
    pos.erase(v);
  };

  std::string out = "LRUCache " + std::to_string(cap) + "\n" + std::to_string(n) + "\n";
  out.reserve((size_t)n * 28 + 64);
  auto put = [&](uint64_t k) { out += "put " + std::to_string(k) + " " + std::to_string(below(M)) + "\n"; };
  auto get = [&](uint64_t k) { out += "get " + std::to_string(k) + "\n"; };
  uint64_t next_id = 0;
  long long made = 0;
  for (; made < cap; ++made) {
    uint64_t k = key_of(next_id++);
    put(k);
    add(k);
  }
  for (; made < n; ++made) {
    uint64_t r = below(10);
    if (r < 4) {
      uint64_t k = live[below(live.size())];
      get(k);
      touch(k);
    } else if (r < 7) {
      uint64_t k = live[below(live.size())];
      put(k);
      touch(k);
    } else {
      uint64_t k = key_of(next_id++);
      put(k);
      add(k);
      evict();
    }
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
