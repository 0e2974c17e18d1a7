// Call sequences for LRUCache: the constructor line, N, then N calls.
// Usage: lru_calls MODE CAPACITY N KEYS PARAM SEED
//   random     every call is get (PARAM per mille) or put, keys uniform among
//              KEYS distinct keys; put values random in [0, 10^9]
//   adversary  simulates a correct LRU cache and aims at the usual bugs: get or
//              put the least recent key (refresh), then insert a new key (evict),
//              then get the key just evicted and the new least recent one
//              (eviction off by one); KEYS distinct keys are cycled through,
//              PARAM is ignored
//   churn      fills the cache with CAPACITY puts of new keys, then mixes gets
//              of live keys (PARAM per mille), updates of live keys and puts of
//              new keys (each an eviction); every key chosen uniformly among
//              the live ones, so a linear scan costs ~CAPACITY/2 per call.
//              KEYS is ignored (keys never repeat once evicted)
//   hits       fills the cache, then only gets of live keys (PARAM per mille
//              of them of the least recent key, the rest uniform among live keys)
// Keys are small ids (0, 1, 2, ...) sent through a fixed bijection of
// [0, 10^9] (id * 3^18 mod 10^9+1), so they spread over the whole key range.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <list>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

static const uint64_t M = 1000000001;  // keys live in [0, 10^9]: M values
static uint64_t key_of(uint64_t id) { return (id * 387420489ULL) % M; }  // 3^18, coprime with M

struct Sim {  // a correct LRU cache, to know which keys are live and which is least recent
  int cap;
  std::list<uint64_t> order;  // most recent first
  std::unordered_map<uint64_t, std::list<uint64_t>::iterator> at;
  void touch(uint64_t k) { order.splice(order.begin(), order, at[k]); }
  void put(uint64_t k) {
    if (at.count(k)) { touch(k); return; }
    order.push_front(k);
    at[k] = order.begin();
    if ((int)at.size() > cap) { at.erase(order.back()); order.pop_back(); }
  }
  void get(uint64_t k) { if (at.count(k)) touch(k); }
};

int main(int argc, char** argv) {
  if (argc != 7) {
    fprintf(stderr, "usage: lru_calls MODE CAPACITY N KEYS PARAM SEED\n");
    return 2;
  }
  std::string mode = argv[1];
  int cap = atoi(argv[2]);
  long long n = atoll(argv[3]);
  uint64_t keys = strtoull(argv[4], nullptr, 10);
  long long param = atoll(argv[5]);
  std::mt19937_64 rng(std::stoull(argv[6]));
  auto below = [&](uint64_t m) { return rng() % m; };  // raw engine output, no distributions
  auto value = [&]() { return below(1000000001); };

  std::string out = "LRUCache " + std::to_string(cap) + "\n" + std::to_string(n) + "\n";
  auto put = [&](uint64_t k, uint64_t v) { out += "put " + std::to_string(k) + " " + std::to_string(v) + "\n"; };
  auto get = [&](uint64_t k) { out += "get " + std::to_string(k) + "\n"; };
  long long made = 0;

  if (mode == "random") {
    for (; made < n; ++made) {
      uint64_t k = key_of(below(keys));
      if ((long long)below(1000) < param) get(k);
      else put(k, value());
    }
  } else if (mode == "adversary") {
    Sim s{cap, {}, {}};
    uint64_t next_id = 0;
    auto fresh = [&]() { return key_of(next_id++ % keys); };
    while (made < n) {
      if ((int)s.at.size() < cap || below(4) == 0) {  // fill, or plain random traffic
        uint64_t k = below(3) == 0 && !s.order.empty() ? s.order.back() : fresh();
        if (below(2)) { put(k, value()); s.put(k); }
        else { get(k); s.get(k); }
        ++made;
        continue;
      }
      // full: refresh the least recent key by get or put, then evict with a new key
      uint64_t lru = s.order.back();
      if (below(2)) { get(lru); s.get(lru); }
      else { put(lru, value()); s.put(lru); }
      uint64_t victim = s.order.back();
      uint64_t k = fresh();
      while (s.at.count(k)) k = fresh();
      put(k, value()); s.put(k);
      get(victim); s.get(victim);        // evicted: -1 (a late eviction still has it)
      get(lru); s.get(lru);              // refreshed: still there
      uint64_t now_lru = s.order.back(); // an early eviction has already lost it
      get(now_lru); s.get(now_lru);
      made += 5;
    }
  } else if (mode == "churn" || mode == "hits") {
    // live keys in a vector with positions, for uniform choice among them
    Sim s{cap, {}, {}};
    std::vector<uint64_t> live;
    std::unordered_map<uint64_t, size_t> pos;
    uint64_t next_id = 0;
    auto add_live = [&](uint64_t k) { pos[k] = live.size(); live.push_back(k); };
    auto drop_live = [&](uint64_t k) {
      size_t p = pos[k];
      live[p] = live.back();
      pos[live[p]] = p;
      live.pop_back();
      pos.erase(k);
    };
    for (; made < n && made < cap; ++made) {
      uint64_t k = key_of(next_id++);
      put(k, value()); s.put(k); add_live(k);
    }
    for (; made < n; ++made) {
      uint64_t r = below(1000);
      if (mode == "hits") {
        uint64_t k = (long long)r < param ? s.order.back() : live[below(live.size())];
        get(k); s.get(k);
      } else if ((long long)r < param) {
        uint64_t k = live[below(live.size())];
        get(k); s.get(k);
      } else if (r < (uint64_t)param + (1000 - param) / 2) {
        uint64_t k = live[below(live.size())];
        put(k, value()); s.put(k);
      } else {
        uint64_t victim = s.order.back();
        uint64_t k = key_of(next_id++);
        put(k, value()); s.put(k);
        drop_live(victim); add_live(k);
      }
    }
  } else {
    fprintf(stderr, "lru_calls: unknown mode '%s'\n", mode.c_str());
    return 2;
  }
  // adversary ends its last round, so it may make up to 4 calls more than N:
  // the count line says how many there are
  if (made != n) {
    size_t nl = out.find('\n');
    size_t nl2 = out.find('\n', nl + 1);
    out.replace(nl + 1, nl2 - nl - 1, std::to_string(made));
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
