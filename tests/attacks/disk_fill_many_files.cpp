// attack: disk fill by many files, each just under the per-file size limit
//   (RLIMIT_FSIZE alone does not stop this), in the work dir: 1 GiB in all,
//   far over any sane box quota, and no more, so an uncontained run does
//   not take the machine's disk with it.
//   Contained: a quota (or a tmpfs box charged to the memory cgroup) stops
//   the writes: RE, OLE or MLE. Uncontained: all of it gets written and it
//   prints 0 (WA), or on a slow disk the CPU limit happens to stop it first
//   (TLE): both fail.
// verdicts: RE OLE MLE SV
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
int main() {
  static char block[(1 << 20) - 4096];
  std::memset(block, 'm', sizeof block);
  for (int i = 0; i < 1024; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "judge-attack-many-%d", i);
    int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd < 0 || write(fd, block, sizeof block) != static_cast<long>(sizeof block)) return 3;
    close(fd);
  }
  std::printf("0\n");
}
