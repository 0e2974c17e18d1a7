// attack: non-native system call through int 0x80 (the i386 ABI: a filter
//   that only checks x86-64 numbers would let i386 number 20 = getpid, or
//   worse, through)
// verdicts: SV RE
// SV where the filter sees the call; RE (SIGSEGV) where the kernel refuses
// the i386 ABI itself and the call faults first (IA-32 emulation off at run
// time). The sandbox test tells the two apart on the machine it runs on.
// no-test-verdict: AC
// If the call returns, the program reports it on stderr and exits 0 with a
// wrong answer (WA), which no verdict above allows: an RE can only be the
// fault.
#include <cstdio>
int main() {
  long r;
  asm volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory");  // i386 getpid
  std::printf("0\n");
  std::fprintf(stderr, "sys_int80: int 0x80 returned %ld\n", r);
  return 0;
}
