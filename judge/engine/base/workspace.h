// A temporary folder for one grading: the box the program runs in and a
// private side the program never sees (captured output, logs). Removed when
// the Workspace goes out of scope.
//
// A judge killed outright (SIGKILL, the OOM killer, a power cut) leaves its
// folders behind, and a daemon that restarts after each crash would pile
// them up. So the folders carry their owner's pid, and the first Workspace
// of a process sweeps those whose owner is gone.
#pragma once

#include <chrono>
#include <filesystem>

namespace judge {

class Workspace {
 public:
  Workspace();  // under $TMPDIR, named judge-<pid>-XXXXXX
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

// A folder of `parent` left by a Workspace whose process is gone: named
// judge-<pid>-*, owned by this user, <pid> no longer running, and untouched
// for at least `idle`, as a pid that looks dead may be a live judge's in
// another pid namespace sharing the folder. Returns how many it removed.
int sweep_abandoned_workspaces(const std::filesystem::path& parent, std::chrono::seconds idle);

}  // namespace judge
