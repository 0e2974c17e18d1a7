// Reference: O(n). Value v+1 is collected in the same pass as v exactly when it
// stands to the right of v, so every v with pos(v+1) < pos(v) starts one more
// pass: answer = 1 + #{v in 1..n-1 : pos(v+1) < pos(v)}.
#include <cstdio>
#include <cstdlib>
#include <vector>

static char buf[1 << 16];
static size_t buf_len = 0, buf_pos = 0;

static int read_char() {
  if (buf_pos == buf_len) {
    buf_len = fread(buf, 1, sizeof buf, stdin);
    buf_pos = 0;
    if (buf_len == 0) return -1;
  }
  return buf[buf_pos++];
}

static int read_int() {
  int c = read_char();
  while (c != -1 && (c < '0' || c > '9')) c = read_char();
  int x = 0;
  while (c >= '0' && c <= '9') {
    x = x * 10 + (c - '0');
    c = read_char();
  }
  return x;
}

int main() {
  int n = read_int();
  std::vector<int> pos(n + 1);
  for (int i = 0; i < n; ++i) pos[read_int()] = i;
  long long passes = 1;
  for (int v = 1; v < n; ++v)
    if (pos[v + 1] < pos[v]) ++passes;
  printf("%lld\n", passes);
  return 0;
}
