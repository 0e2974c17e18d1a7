// BUG: numbers the ids in order of first appearance and breaks ties by that number instead of by id (byte order).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <unordered_map>
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

  std::vector<uint64_t> ids;  // numbered in order of first appearance
  std::unordered_map<uint64_t, int> number;
  std::vector<int> id(n);
  for (int i = 0; i < n; ++i) {
    auto [it, fresh] = number.emplace(code[i], (int)ids.size());
    if (fresh) ids.push_back(code[i]);
    id[i] = it->second;
  }

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
