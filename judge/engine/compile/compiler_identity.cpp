#include "compiler_identity.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "engine/language/run_program.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

std::string search_path(const Runner& runner) {
  for (const auto& variable : runner.env)
    if (variable.rfind("PATH=", 0) == 0) return variable.substr(5);
  return kSandboxPath;
}

fs::path resolve_program(const std::string& name, const std::string& path) {
  if (name.find('/') != std::string::npos) return name;
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    fs::path candidate = fs::path(dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return name;
}

}  // namespace

// Size and mtime, as ccache's default compiler check does: free to compute,
// and an upgrade of the compiler package replaces the file. (A hash of g++
// alone would miss an upgrade of cc1plus all the same; hashing every pass
// would cost more than it saves.)
std::string compiler_identity(const Runner& runner) {
  if (runner.compile.empty()) return "nothing to compile";
  const std::string& name = runner.compile.front();
  std::error_code ec;
  fs::path program = fs::canonical(resolve_program(name, search_path(runner)), ec);
  struct stat st {};
  if (ec || ::stat(program.c_str(), &st) != 0) return "unresolved " + name;
  return fmt::format("{} {} {}.{}", program.string(), st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

}  // namespace judge
