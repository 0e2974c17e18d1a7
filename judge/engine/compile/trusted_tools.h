// The package author's own programs (generators, custom checkers) are
// trusted: they are compiled and run directly with Boost.Process, under the
// wall limit and output cap of trusted_limits.h so a buggy one can neither
// hang the judge nor fill its disk. Compiled binaries are cached by a hash
// of their source, so each is built once per machine.
#pragma once

#include <boost/process/child.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "engine/base/trusted_limits.h"

namespace judge {

// How a trusted tool's run ended.
struct ToolExit {
  int status = 0;           // the raw wait status, when it ran to its end
  bool timed_out = false;   // killed at its wall limit
  bool over_output = false; // stopped at its output cap
  // "failed with exit code 4", "was killed by SIGSEGV", "ran longer than
  // 20 s (its wall limit)", "wrote more than 256 MiB (its output cap)";
  // empty for exit code 0.
  std::string failure;
};

// Runs `binary args...` in a process group of its own (killed whole at the
// end, so nothing it started outlives it) under `limits`, with stdin empty
// and stdout and stderr to the files given. Throws InputError when it
// cannot start for a reason of the package's (an argument list too long),
// InternalError for any other.
ToolExit run_tool(const std::filesystem::path& binary, const std::vector<std::string>& args,
                  const std::filesystem::path& stdout_file, const std::filesystem::path& stderr_file,
                  const ToolLimits& limits);

// "SIGSEGV" for 11; "signal 64" for one without a name.
std::string signal_name(int signal);

// Compiles a C++ tool (g++ -std=gnu++20 -O2, headers beside it included) and
// returns the cached binary. Throws InputError quoting the compiler's first
// errors when it does not compile.
std::filesystem::path build_tool(const std::filesystem::path& cache, const std::filesystem::path& source);

// Runs `binary args... seed` with stdout to `output` (written atomically).
// Throws InputError naming the command when it fails, runs over its wall
// limit or writes more than its cap (kGeneratorLimits), on one line. A call
// that failed once fails again at once with the same message for the rest
// of the process: a generator is deterministic, and one that sleeps must
// cost its limit once, not once for calibrating and again for grading.
void run_generator(const std::filesystem::path& binary, const std::vector<std::string>& args, std::uint64_t seed,
                   const std::filesystem::path& output, const std::string& display_name);

// Waits for a trusted child to exit, at most `limit`; true when it has.
// Used instead of boost::process::child::wait_for, which in Boost 1.74 may
// sleep out the whole timeout after the child has already exited
// (boostorg/process#69).
// `before_reap`, when given, runs once the child has exited but before it
// is reaped (its pid cannot be reused until then).
bool wait_for_exit(boost::process::child& child, std::chrono::milliseconds limit,
                   const std::function<void()>& before_reap = {});

}  // namespace judge
