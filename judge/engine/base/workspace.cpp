#include "workspace.h"

#include <fmt/format.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <mutex>
#include <string>

#include "errors.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPrefix = "judge-";
// How long a dead owner's folder is left alone before a sweep removes it.
constexpr std::chrono::seconds kAbandonedAfter{3600};

// The pid in "judge-<pid>-XXXXXX", or 0 for any other name.
pid_t owner_of(const std::string& name) {
  if (name.rfind(kPrefix, 0) != 0) return 0;
  const char* begin = name.data() + kPrefix.size();
  const char* end = name.data() + name.size();
  long pid = 0;
  auto [rest, error] = std::from_chars(begin, end, pid);
  if (error != std::errc() || rest == begin || rest == end || *rest != '-' || pid <= 0) return 0;
  return static_cast<pid_t>(pid);
}

bool running(pid_t pid) { return ::kill(pid, 0) == 0 || errno != ESRCH; }

}  // namespace

int sweep_abandoned_workspaces(const fs::path& parent, std::chrono::seconds idle) {
  int removed = 0;
  std::error_code ec;
  const auto now = std::chrono::system_clock::now();
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t owner = owner_of(it->path().filename().string());
    struct stat info {};
    // lstat: a symlink someone planted under the name is not followed.
    if (owner == 0 || ::lstat(it->path().c_str(), &info) != 0 || !S_ISDIR(info.st_mode) ||
        info.st_uid != ::geteuid() || running(owner))
      continue;
    const auto modified = std::chrono::system_clock::from_time_t(info.st_mtime);
    if (now - modified < idle) continue;
    std::error_code remove_error;
    if (fs::remove_all(it->path(), remove_error) > 0 && !remove_error) ++removed;
  }
  return removed;
}

Workspace::Workspace() {
  static std::once_flag swept;
  std::call_once(swept, [] { sweep_abandoned_workspaces(fs::temp_directory_path(), kAbandonedAfter); });
  std::string pattern = (fs::temp_directory_path() / fmt::format("{}{}-XXXXXX", kPrefix, ::getpid())).string();
  if (!mkdtemp(pattern.data()))
    throw InternalError(fmt::format("cannot create a temporary folder from {}: {}", pattern, std::strerror(errno)));
  root_ = pattern;
  box_ = root_ / "box";
  private_ = root_ / "private";
  fs::create_directory(box_);
  fs::create_directory(private_);
  // The sandboxed uid may pass through root_ to its box but not list it.
  ::chmod(root_.c_str(), 0711);
  ::chmod(box_.c_str(), 0777);
  ::chmod(private_.c_str(), 0700);
}

Workspace::~Workspace() {
  std::error_code ec;
  fs::remove_all(root_, ec);
}

}  // namespace judge
