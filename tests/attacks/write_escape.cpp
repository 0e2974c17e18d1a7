// attack: write files outside the work dir: the test's world-writable canary
//   dir, /tmp, /var/tmp, /dev/shm, /root, /work, the judge's source tree and
//   its cache. Every open failing prints 0 (WA); if any file is created it
//   names it on stderr and exits 42 (RE), which is fine when the box has a
//   private view of /tmp: the test checks the host for every one of them.
// verdicts: WA RE SV
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
int main() {
  const char* targets[] = {"/tmp/judge-attack-canary/from-cpp", "/tmp/judge-attack-pwned", "/var/tmp/judge-attack-pwned",
                           "/dev/shm/judge-attack-pwned", "/root/judge-attack-pwned", "/work/judge-attack-pwned",
                           "/work/main/judge-attack-pwned", "/root/.cache/judge/judge-attack-pwned",
                           "../judge-attack-pwned", "../private/judge-attack-pwned"};
  bool wrote = false;
  for (const char* t : targets) {
    int fd = open(t, O_WRONLY | O_CREAT | O_EXCL, 0666);
    if (fd >= 0) {
      write(fd, "pwned\n", 6);
      close(fd);
      std::fprintf(stderr, "write_escape: created %s\n", t);
      wrote = true;
    }
  }
  std::printf("0\n");
  return wrote ? 42 : 0;
}
