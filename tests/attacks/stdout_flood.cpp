// attack: stdout flood: writes 1 MiB blocks to stdout forever
// verdicts: OLE
#include <unistd.h>
#include <cstring>
int main() {
  static char block[1 << 20];
  std::memset(block, '7', sizeof block);
  for (;;) write(1, block, sizeof block);
}
