// Compiled candidates, references and submissions, kept by a hash of
// everything that decides the compiler's output, so that regrading an
// unchanged source skips the compiler. A compile error is kept too and
// replayed with the same log; internal errors and compiles a limit stopped
// (which depend on the machine's load) are not.
//
// A store only: the compile front (compile.h) decides when to use it.
//
// Layout: <cache>/compiled/<key>/ holds `files/` (what the compile
// step added to the box), `log` and `entry` (the outcome and the file list,
// written last). An entry's mtime is its last use. A store adds the entry's
// size to a running total (`.usage`); over the cap, the least recently used
// entries go. A hit never scans the folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "compile_in_box.h"
#include "engine/base/workspace.h"
#include "engine/language/runner.h"

namespace judge {

class CompileCache {
 public:
  // `cap_bytes` 0 disables the cache: nothing is replayed or kept.
  CompileCache(std::filesystem::path dir, std::uint64_t cap_bytes);

  // The entry's name for this source compiled by this runner (SHA-256 hex).
  std::string key(const Runner& runner, const std::filesystem::path& source) const;

  // The entry `key` replayed into the workspace's box: the sources staged
  // as compile_in_box stages them, the compile's files restored, its log
  // and verdict (from_cache set). nullopt on a miss; a damaged entry goes.
  std::optional<CompileOutcome> replay(const Runner& runner, const std::filesystem::path& source,
                                       const Workspace& workspace, const std::string& key) const;

  // Keeps what the compile added to the workspace's box, and its outcome,
  // under `key`; best effort: a cache that cannot be written only costs the
  // next compile. Outcomes that are not kept(), or too big, are skipped.
  void store(const CompileOutcome& outcome, const Runner& runner, const Workspace& workspace,
             const std::string& key) const;

  // The compile step's files are found as what it added to the box, so
  // only a compile into an empty box can be kept.
  static bool box_is_fresh(const Workspace& workspace);
  // Internal errors and compiles a limit stopped depend on the machine's
  // load, not on the source: they are not kept.
  static bool keeps(const CompileOutcome& outcome);

  const std::filesystem::path& dir() const { return dir_; }
  std::uint64_t cap_bytes() const { return cap_bytes_; }
  // What the entries take on disk: a scan, as eviction makes.
  std::uint64_t total_bytes() const;

 private:
  std::filesystem::path dir_;
  std::uint64_t cap_bytes_;
};

}  // namespace judge
