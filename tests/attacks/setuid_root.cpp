// attack: become root: setuid(0), setresuid(0,0,0), setgid(0), setgroups
//   Contained: all fail and it prints 0 (WA); if one works, exit 42 (RE).
// verdicts: WA SV
#include <grp.h>
#include <unistd.h>
#include <cstdio>
int main() {
  bool won = false;
  gid_t zero = 0;
  if (setgroups(1, &zero) == 0) won = true;
  if (setgid(0) == 0) won = true;
  if (setuid(0) == 0) won = true;
  if (setresuid(0, 0, 0) == 0) won = true;
  if (getuid() == 0 || geteuid() == 0) won = true;
  std::printf("0\n");
  if (won) std::fprintf(stderr, "setuid_root: uid %d euid %d\n", getuid(), geteuid());
  return won ? 42 : 0;
}
