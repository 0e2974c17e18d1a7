// attack: bpf(BPF_PROG_LOAD) / bpf(BPF_MAP_CREATE)
// verdicts: SV
// The call must be stopped by the seccomp filter (SV naming it). If it
// returns at all, the program says what it got on stderr and exits 42 (RE).
#include <sys/syscall.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <linux/bpf.h>
int main() {
  long r = [] { union bpf_attr a; std::memset(&a, 0, sizeof a); a.map_type = BPF_MAP_TYPE_ARRAY; a.key_size = 4; a.value_size = 4; a.max_entries = 1; return syscall(SYS_bpf, BPF_MAP_CREATE, &a, sizeof a); }();
  std::printf("0\n");
  std::fprintf(stderr, "sys_bpf: the call returned %ld (%s)\n", r, r < 0 ? std::strerror(errno) : "success");
  return 42;
}
