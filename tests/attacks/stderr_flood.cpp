// attack: stderr flood: writes 1 MiB blocks to stderr forever (the judge
//   keeps stderr in a file too: it must be capped like stdout)
// verdicts: OLE
#include <unistd.h>
#include <cstring>
int main() {
  static char block[1 << 20];
  std::memset(block, 'e', sizeof block);
  for (;;) write(2, block, sizeof block);
}
