// A temporary folder for one grading: the box the program runs in and a
// private side the program never sees (captured output, logs). Removed when
// the Workspace goes out of scope.
#pragma once

#include <filesystem>

namespace judge {

class Workspace {
 public:
  Workspace();  // under $TMPDIR, named judge-XXXXXX
  ~Workspace();
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  // The program's working directory: writable by the sandboxed uid.
  const std::filesystem::path& box() const { return box_; }
  // Readable by the judge only; the program gets its outputs as open fds.
  const std::filesystem::path& private_dir() const { return private_; }

 private:
  std::filesystem::path root_, box_, private_;
};

}  // namespace judge
