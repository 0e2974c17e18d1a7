// What `judge batch` is asked to do: its flags as the front end parsed them,
// and the two services it borrows from the front end (finding a package by
// id, setting a package's limits on this machine), handed in as functions
// because judge/cli/ is the layer above this one.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace judge {
struct Problem;
class RunnerSet;
}  // namespace judge

namespace judge::batch {

struct Options {
  std::filesystem::path set_file;
  std::filesystem::path submissions_dir;
  std::filesystem::path out_dir;  // empty: ./judge-batch-<timestamp>
  unsigned workers = 0;           // 0: one per core
  bool no_hints = false;
  bool quiet = false;
  std::filesystem::path socket;  // set: through the daemon listening there
  double reconnect_timeout_s = 120;

  // A problem id of the set to its package folder; throws InputError.
  std::function<std::filesystem::path(const std::string& id)> find_package;
  // Called once per graded problem before grading here (not through a
  // daemon, which does its own): the CLI calibrates there.
  std::function<void(const Problem&, const RunnerSet&)> prepare;
};

}  // namespace judge::batch
