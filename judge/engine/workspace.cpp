#include "workspace.h"

#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <cstring>
#include <string>

#include "errors.h"

namespace judge {
namespace fs = std::filesystem;

Workspace::Workspace() {
  std::string pattern = (fs::temp_directory_path() / "judge-XXXXXX").string();
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
