// complexity: O(n log n)
// Sorts the distinct ids once and keeps the live ids in a std::set keyed by (count, rank): O(log n) per event.
// Reference: O(n log n).
//  * An id (1..10 lowercase letters) is packed into a 64-bit code: letters
//    become digits 1..26 of a base-27 number padded on the right with 0s, so
//    comparing codes is comparing ids in byte order (a prefix comes first).
//    Sorting the distinct codes gives every id its rank.
//  * The window is a pointer sweep: event l leaves once t_l <= t_i - w.
//  * Every id with a positive count sits in a std::set under the key
//    (n - count) * 2^18 + rank, i.e. by count descending, then id ascending;
//    the answer for an event is the first min(k, size) keys of the set.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

static std::vector<char> input;
static size_t at = 0;

static void skip_space() {
  while (at < input.size() && (unsigned char)input[at] <= ' ') ++at;
}
static long long read_int() {
  skip_space();
  long long x = 0;
  while (at < input.size() && input[at] >= '0' && input[at] <= '9') x = x * 10 + (input[at++] - '0');
  return x;
}
static uint64_t read_id_code() {
  skip_space();
  uint64_t code = 0;
  int len = 0;
  while (at < input.size() && (unsigned char)input[at] > ' ') {
    code = code * 27 + (uint64_t)(input[at++] - 'a' + 1);
    ++len;
  }
  for (; len < 10; ++len) code *= 27;
  return code;
}
static void append_id(std::string& out, uint64_t code) {
  char letters[10];
  for (int i = 9; i >= 0; --i) {
    letters[i] = (char)(code % 27);
    code /= 27;
  }
  for (int i = 0; i < 10 && letters[i]; ++i) out += (char)('a' + letters[i] - 1);
}

int main() {
  {
    char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0) input.insert(input.end(), chunk, chunk + got);
  }
  int n = (int)read_int();
  int k = (int)read_int();
  long long w = read_int();
  std::vector<long long> t(n);
  std::vector<uint64_t> code(n);
  for (int i = 0; i < n; ++i) {
    t[i] = read_int();
    code[i] = read_id_code();
  }

  std::vector<uint64_t> ids(code);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<int> id(n);
  for (int i = 0; i < n; ++i) id[i] = (int)(std::lower_bound(ids.begin(), ids.end(), code[i]) - ids.begin());

  const int kRankBits = 18;  // ranks < 2^18 > 2*10^5
  std::vector<int> cnt(ids.size(), 0);
  std::set<uint64_t> order;  // keys of the ids with count > 0
  auto key = [&](int r) { return ((uint64_t)(n - cnt[r]) << kRankBits) | (uint64_t)r; };
  auto change = [&](int r, int delta) {
    if (cnt[r] > 0) order.erase(key(r));
    cnt[r] += delta;
    if (cnt[r] > 0) order.insert(key(r));
  };

  std::string out;
  out.reserve((size_t)n * 12);
  int l = 0;
  for (int i = 0; i < n; ++i) {
    change(id[i], +1);
    while (t[l] <= t[i] - w) change(id[l++], -1);
    int printed = 0;
    for (auto it = order.begin(); it != order.end() && printed < k; ++it, ++printed) {
      if (printed) out += ' ';
      append_id(out, ids[*it & ((1u << kRankBits) - 1)]);
    }
    out += '\n';
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
