// One compile in the sandbox, as the runner says: the source and the
// runner's extra files staged in a workspace's box, the compiler run there
// under the runner's compile limits. No cache, no precompiled header: the
// compile front (compile.h) composes those around it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "engine/base/workspace.h"
#include "engine/language/runner.h"

namespace judge {

struct CompileOutcome {
  bool ok = false;
  std::string log;             // the compiler's diagnostics, capped
  std::int64_t time_ms = 0;    // wall time
  // Of time_ms, what the compiler waited for a CPU on a busy machine: its
  // wall limit does not count it (sandbox.h).
  std::int64_t run_queue_ms = 0;
  std::string internal_error;  // non-empty: the judge failed, not the source
  // A limit stopped the compiler: that depends on the machine's load, so the
  // compile cache does not keep such an outcome.
  bool limit_hit = false;
  bool from_cache = false;  // replayed by compile_cache.h, the compiler did not run
};

// Copies `source` into the workspace's box under the runner's file name,
// writes the runner's extra files (a class problem's driver, see driver.h)
// beside it, and compiles there with the runner's compile limits. A runner
// without a compile step only stages.
CompileOutcome compile_in_box(const Runner& runner, const std::filesystem::path& source, const Workspace& workspace);

// With `source_naming: java`, the class that declares main, on one line:
// a run command reads it as the java launcher's argument file
// (`@judge-main-class`).
inline constexpr const char* kMainClassFile = "judge-main-class";

}  // namespace judge
