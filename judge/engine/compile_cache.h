// Compiled candidates, references and submissions, kept by a hash of
// everything that decides the compiler's output, so that regrading an
// unchanged source skips the compiler. A compile error is kept too and
// replayed with the same log; internal errors and compiles a limit stopped
// (which depend on the machine's load) are not.
//
// Layout: <cache_root()>/compiled/<key>/ holds `files/` (what the compile
// step added to the box), `log` and `entry` (the outcome and the file list,
// written last). An entry's mtime is its last use. A store adds the entry's
// size to a running total (`.usage`); over the cap, the least recently used
// entries go. A hit never scans the folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "execution.h"
#include "runner.h"
#include "workspace.h"

namespace judge {

class CompileCache {
 public:
  // `cap_bytes` 0 disables the cache: every compile runs the compiler.
  CompileCache(std::filesystem::path dir, std::uint64_t cap_bytes);

  // <cache_root()>/compiled, capped by $JUDGE_COMPILE_CACHE_MB (MiB; default
  // 1024, 0 disables). Throws InputError for a value that is not a number.
  static CompileCache from_environment();

  // compile_in_box (with the runner's precompiled header, see
  // precompiled_header.h), or its replay from the cache (from_cache set).
  CompileOutcome compile(const Runner& runner, const std::filesystem::path& source, const Workspace& workspace);

  // The entry's name for this source compiled by this runner (SHA-256 hex).
  std::string key(const Runner& runner, const std::filesystem::path& source) const;

  const std::filesystem::path& dir() const { return dir_; }
  std::uint64_t cap_bytes() const { return cap_bytes_; }
  // What the entries take on disk: a scan, as eviction makes.
  std::uint64_t total_bytes() const;

 private:
  // Best effort: a cache that cannot be written only costs the next compile.
  void store(const CompileOutcome& outcome, const Runner& runner, const Workspace& workspace,
             const std::filesystem::path& entry_dir) const;

  std::filesystem::path dir_;
  std::uint64_t cap_bytes_;
};

// The compiler binary that the runner's argv[0] resolves to in the sandbox's
// PATH: its real path, size and mtime (part of every key).
std::string compiler_identity(const Runner& runner);

// CompileCache::from_environment().compile(...): what the grader, the test
// data and the validator call instead of compile_in_box.
CompileOutcome compile_cached(const Runner& runner, const std::filesystem::path& source, const Workspace& workspace);

}  // namespace judge
