#include "locations.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "errors.h"

#ifndef JUDGE_SOURCE_DIR
#define JUDGE_SOURCE_DIR ""
#endif

namespace judge {
namespace fs = std::filesystem;

static fs::path executable_dir() {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : self.parent_path();
}

fs::path judge_home() {
  if (const char* env = std::getenv("JUDGE_HOME"); env && *env) return env;
  fs::path built_from = JUDGE_SOURCE_DIR;
  if (!built_from.empty() && fs::is_directory(built_from / "runners")) return built_from;
  fs::path beside = executable_dir().parent_path().parent_path();
  if (fs::is_directory(beside / "runners")) return beside;
  throw InternalError("cannot find the judge's runners/ folder: set JUDGE_HOME to the judge's source tree");
}

fs::path cache_root() {
  fs::path root;
  if (const char* env = std::getenv("JUDGE_CACHE_DIR"); env && *env) {
    root = env;
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    root = fs::path(xdg) / "judge";
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    root = fs::path(home) / ".cache" / "judge";
  } else {
    root = fs::temp_directory_path() / fmt::format("judge-cache-{}", getuid());
  }
  std::error_code ec;
  fs::create_directories(root, ec);
  if (ec) throw InternalError(fmt::format("{}: cannot create the cache folder: {} (set JUDGE_CACHE_DIR)", root.string(), ec.message()));
  ::chmod(root.c_str(), 0711);
  return root;
}

}  // namespace judge
