// attack: hunt for the judge's secrets in environments: its own environ,
//   /proc/self/environ, the parent's and init's, and every /proc/*/environ it
//   can read. Whatever it finds goes to stderr (lines naming
//   JUDGE_ATTACK_SECRET first), then it exits 1: RE on the first sample,
//   whose message shows stderr. The secret must not be there.
// verdicts: RE
// message-contains: env-hunt-ran
#include <dirent.h>
#include <unistd.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>
extern char** environ;
int main() {
  std::vector<std::string> found, rest;
  auto consider = [&](const std::string& where, const std::string& var) {
    std::string line = where + ": " + var;
    (var.find("JUDGE") != std::string::npos || var.find("SECRET") != std::string::npos ? found : rest).push_back(line);
  };
  for (char** e = environ; *e; ++e) consider("environ", *e);
  std::vector<std::string> files = {"/proc/self/environ", "/proc/" + std::to_string(getppid()) + "/environ",
                                    "/proc/1/environ"};
  if (DIR* d = opendir("/proc")) {
    while (dirent* ent = readdir(d))
      if (ent->d_name[0] >= '1' && ent->d_name[0] <= '9') files.push_back(std::string("/proc/") + ent->d_name + "/environ");
    closedir(d);
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t start = 0;
    while (start < all.size()) {
      std::size_t end = all.find('\0', start);
      if (end == std::string::npos) end = all.size();
      consider(f, all.substr(start, end - start));
      start = end + 1;
    }
  }
  std::fprintf(stderr, "env-hunt-ran\n");
  for (const auto& l : found) std::fprintf(stderr, "%s\n", l.c_str());
  for (const auto& l : rest) std::fprintf(stderr, "%s\n", l.c_str());
  return 1;
}
