// attack: find the answers on disk. First the input's own path
//   (readlink /proc/self/fd/0) with .ans beside it, then a walk of the
//   filesystem (the usual judge places first, then / down, skipping /proc
//   /sys /dev /run and the system trees) for a file whose content equals the
//   input, printing the .ans beside it. It gives up after 0.7 s of CPU time,
//   prints 0 and says on stderr where it looked. Contained: it finds
//   nothing, so no test may be accepted.
// verdicts: WA TLE RE MLE SV
// no-test-verdict: AC
#include <unistd.h>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
namespace fs = std::filesystem;
static std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
static std::string input;
static long examined = 0;
static bool out_of_time() { return std::clock() > CLOCKS_PER_SEC * 7 / 10; }
static bool answer_beside(const fs::path& p) {
  std::error_code ec;
  fs::path ans = p;
  ans.replace_extension(".ans");
  if (!fs::is_regular_file(ans, ec)) return false;
  std::string answer = slurp(ans);
  if (answer.empty()) return false;
  std::cerr << "fs_walk: found " << ans << "\n";
  std::cout << answer;
  return true;
}
static bool search(const fs::path& root) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (out_of_time()) return false;
    if (p == "/proc" || p == "/sys" || p == "/dev" || p == "/run" || p == "/usr" || p == "/lib" || p == "/lib64" ||
        p == "/bin" || p == "/sbin" || p == "/boot" || p == "/etc" || p == "/var/lib" || p.filename() == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    std::error_code e2;
    ++examined;
    if (!it->is_regular_file(e2) || it->file_size(e2) != input.size()) continue;
    if (slurp(p) == input && answer_beside(p)) return true;
  }
  return false;
}
int main() {
  char link[4096];
  ssize_t len = readlink("/proc/self/fd/0", link, sizeof link - 1);
  input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (len > 0 && link[0] == '/' && answer_beside(std::string(link, static_cast<std::size_t>(len)))) return 0;
  for (const char* root : {"/work/main/problems", "/root/.cache/judge", "/var/cache", "/tmp", "/home", "/srv", "/opt",
                           "/work", "/var", "/"})
    if (search(root)) return 0;
  std::cout << 0 << "\n";
  std::cerr << "fs_walk: stdin is " << (len > 0 ? std::string(link, static_cast<std::size_t>(len)) : "?") << "; "
            << examined << " entries examined, nothing found" << (out_of_time() ? " (out of time)" : "") << "\n";
}
