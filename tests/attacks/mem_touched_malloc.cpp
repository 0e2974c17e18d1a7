// attack: memory bomb: malloc 16 MiB blocks and touch every page, forever;
//   a failed malloc is written through (null pointer) rather than handled
// verdicts: MLE
#include <cstdlib>
#include <cstring>
int main() {
  for (;;) {
    char* p = static_cast<char*>(std::malloc(16 << 20));
    std::memset(p, 1, 16 << 20);
  }
}
