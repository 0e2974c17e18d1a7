// attack: infinite recursion (stack overflow, with frames that are touched)
// verdicts: RE MLE TLE
#include <cstdio>
__attribute__((noinline)) static long down(long depth, volatile char* prev) {
  volatile char frame[256];
  frame[0] = prev ? prev[0] + 1 : 0;
  return down(depth + 1, frame) + frame[0];
}
int main() { std::printf("%ld\n", down(0, nullptr)); }
