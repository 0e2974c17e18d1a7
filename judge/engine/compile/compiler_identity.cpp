#include "compiler_identity.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <filesystem>

#include "engine/language/run_program.h"

namespace judge {
namespace fs = std::filesystem;

// Size and mtime, as ccache's default compiler check does: free to compute,
// and an upgrade of the compiler package replaces the file. (A hash of g++
// alone would miss an upgrade of cc1plus all the same; hashing every pass
// would cost more than it saves.)
std::string compiler_identity(const Runner& runner) {
  if (runner.compile.empty()) return "nothing to compile";
  const std::string& name = runner.compile.front();
  std::error_code ec;
  fs::path program = fs::canonical(find_on_path(name, sandbox_search_path(runner.env)).value_or(name), ec);
  struct stat st {};
  if (ec || ::stat(program.c_str(), &st) != 0) return "unresolved " + name;
  return fmt::format("{} {} {}.{}", program.string(), st.st_size, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

}  // namespace judge
