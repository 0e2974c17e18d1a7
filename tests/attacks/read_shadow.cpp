// attack: read /etc/shadow (root-only) and other root-only files
//   Contained: nothing opens and it prints 0 (WA); if one opens, its first
//   line goes to stderr and it exits 42 (RE).
// verdicts: WA SV
#include <cstdio>
int main() {
  const char* files[] = {"/etc/shadow", "/etc/gshadow", "/root/.bashrc", "/etc/sudoers", "/root/.cache/judge"};
  bool got = false;
  for (const char* f : files) {
    if (FILE* in = std::fopen(f, "r")) {
      char line[256] = {0};
      if (std::fgets(line, sizeof line, in)) {
        std::fprintf(stderr, "read_shadow: %s: %s", f, line);
        got = true;
      }
      std::fclose(in);
    }
  }
  std::printf("0\n");
  return got ? 42 : 0;
}
