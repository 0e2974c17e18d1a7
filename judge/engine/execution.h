// Compiling and running a program of a given language inside the sandbox.
// The same two calls serve candidates, reference solutions and validation.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <sandbox/sandbox.h>

#include "problem.h"
#include "runner.h"
#include "workspace.h"

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
// beside it, and compiles there with the runner's compile limits.
CompileOutcome compile_in_box(const Runner& runner, const std::filesystem::path& source, const Workspace& workspace);

struct RunLimits {
  // Where cpu_ms came from: "problem.yaml" (the package's seconds) or
  // "calibrated" (this machine's measurement of the reference).
  std::string time_source = "problem.yaml";
  std::int64_t cpu_ms = 1000;
  std::int64_t wall_ms = 3000;
  std::uint64_t memory_bytes = 256ull << 20;
  std::uint64_t output_bytes = 64ull << 20;
  // Processes at once: more than one only for a runner whose seccomp
  // profile lets it fork (the counted ladder, counted_ladder.h).
  int processes = 1;
};

// The limits a problem grants programs of this language.
RunLimits limits_for(const Problem& problem, const Runner& runner);

// Runs the compiled program in `box` with stdin from `input`; stdout and
// stderr go to files the program cannot reach by name.
sandbox::Outcome run_in_box(const Runner& runner, const std::filesystem::path& box, const std::filesystem::path& input,
                            const std::filesystem::path& output, const std::filesystem::path& errors,
                            const RunLimits& limits);

}  // namespace judge
