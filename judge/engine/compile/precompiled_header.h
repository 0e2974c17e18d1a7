// The C++ driver's prelude (runners/drivers/judge_prelude.h: the standard
// library and `using namespace std;`) as a precompiled header, so that a
// class or function problem's compile does not parse <bits/stdc++.h> again.
//
// One .gch per compiler binary (compiler_identity.h), flags
// and header text, built by the judge from the runner's trusted header, in
// the sandbox like any compile (so it sees the same /usr), and kept under
// <cache>/pch/<key>/, root's and read-only. Before it is kept, a probe
// compile with the driver's own argv plus -H must show g++ using it (g++
// silently ignores a .gch built with other flags). A compile gets it beside
// the header in its box: a hard link when the judge is root (the compile
// runs under a box uid, which cannot write a file of root's that is mode
// 0444, and sees nothing of the cache), else a copy of its own. Whenever
// there is no usable .gch (it failed to build or to be used, another thread
// is building it, the settings turn them off), the compile reads the header's text: the
// same program, only slower.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/base/workspace.h"
#include "engine/language/runner.h"

namespace judge {

class PrecompiledHeaders {
 public:
  // An empty `dir` disables them (Settings::precompiled_header_dir).
  explicit PrecompiledHeaders(std::filesystem::path dir);

  // The .gch of the runner's precompiled_header, built and checked first if
  // there is none; nullopt when the runner has none, the cache is disabled,
  // the build or the check failed (not tried again for a day), or another
  // thread or judge is building it at this moment.
  std::optional<std::filesystem::path> get(const Runner& runner) const;

  // What the .gch depends on: the compiler, the argv that builds it, the
  // header's name and text (SHA-256 hex).
  std::string key(const Runner& runner) const;

  // The argv that precompiles the header: the runner's compile argv without
  // its output (-o X) and the files it compiles, then
  // `-x c++-header -o NAME.gch NAME`. So the flags are the compile's own.
  static std::vector<std::string> build_argv(const Runner& runner);

  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::optional<std::filesystem::path> build(const Runner& runner, const std::filesystem::path& entry_dir) const;

  std::filesystem::path dir_;
};

// Puts the runner's .gch beside its header in the workspace's box (see
// above). Returns the name it has in the box, "" when none was staged.
std::string stage_precompiled_header(const Runner& runner, const Workspace& workspace,
                                     const PrecompiledHeaders& headers);

// Whether a compile log made with -H shows g++ using `header_name`.gch.
bool log_shows_pch_used(const std::string& log, const std::string& header_name);

}  // namespace judge
