// Calls to RateLimiter: the constructor line, then N allow calls with
// non-decreasing timestamps (capped at 10^9) and client ids drawn from a pool.
// Usage: calls MODE N CLIENTS LIMIT WINDOW PARAM HOT IDLEN SEED
//   MODE random  each step is uniform in [0, PARAM]
//   MODE grid    each step is 0, 1 or 2 units of WINDOW / PARAM, so requests
//                exactly WINDOW apart (on the window's edge, outside) are common
//   MODE edge    bursts at one timestamp, then a jump of WINDOW - 1, WINDOW or
//                WINDOW + 1; PARAM is the mean burst length
//   HOT          percent of the calls that go to the first client (the rest
//                are uniform over the pool)
//   IDLEN        ids are 1..IDLEN characters of [a-z0-9], all distinct
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>
#include <string>
#include <vector>

static std::mt19937_64 rng;
static uint64_t below(uint64_t m) { return rng() % m; }  // raw engine output only

int main(int argc, char** argv) {
  if (argc != 10) {
    fprintf(stderr, "usage: calls MODE N CLIENTS LIMIT WINDOW PARAM HOT IDLEN SEED\n");
    return 2;
  }
  std::string mode = argv[1];
  long long n = atoll(argv[2]), clients = atoll(argv[3]), limit = atoll(argv[4]), window = atoll(argv[5]),
            param = atoll(argv[6]), hot = atoll(argv[7]);
  int idlen = atoi(argv[8]);
  rng.seed(std::stoull(argv[9]));
  const long long TMAX = 1000000000;
  if (n < 1 || n > 200000 || clients < 1 || limit < 1 || limit > 100000 || window < 1 || window > TMAX ||
      idlen < 1 || idlen > 20 || hot < 0 || hot > 100 || param < 0) {
    fprintf(stderr, "calls: argument out of range\n");
    return 2;
  }
  if ((mode == "grid" && (param < 1 || window % param != 0)) || (mode == "edge" && param < 1)) {
    fprintf(stderr, "calls: bad PARAM for mode %s\n", mode.c_str());
    return 2;
  }
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::vector<std::string> pool;
  std::set<std::string> seen;
  for (long long tries = 0; (long long)pool.size() < clients; ++tries) {
    if (tries > 100 * clients + 1000) {
      fprintf(stderr, "calls: cannot make %lld distinct ids of length <= %d\n", clients, idlen);
      return 2;
    }
    int len = 1 + (int)below(idlen);
    std::string s;
    for (int i = 0; i < len; ++i) s += alphabet[below(36)];
    if (seen.insert(s).second) pool.push_back(s);
  }

  std::string out = "RateLimiter " + std::to_string(limit) + " " + std::to_string(window) + "\n" +
                    std::to_string(n) + "\n";
  long long t = (long long)below(100);
  for (long long i = 0; i < n; ++i) {
    if (i > 0) {
      long long step = 0;
      if (mode == "random") {
        step = (long long)below((uint64_t)param + 1);
      } else if (mode == "grid") {
        static const int units[] = {0, 0, 1, 1, 1, 2};
        step = window / param * units[below(6)];
      } else if (mode == "edge") {
        if (below((uint64_t)param) == 0) step = window - 1 + (long long)below(3);
      } else {
        fprintf(stderr, "calls: unknown mode '%s'\n", mode.c_str());
        return 2;
      }
      t = std::min(TMAX, t + step);
    }
    const std::string& id = (long long)below(100) < hot ? pool[0] : pool[below((uint64_t)clients)];
    out += "allow " + std::to_string(t) + " \"" + id + "\n";
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
