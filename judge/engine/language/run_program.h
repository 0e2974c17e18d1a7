// Running a compiled program of a given language inside the sandbox, with
// the limits a problem grants it. The same call serves candidates,
// reference solutions, calibration and the complexity ladders.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sandbox/sandbox.h>

#include "runner.h"

namespace judge {

// The sandbox's PATH, unless the runner sets one.
inline constexpr const char* kSandboxPath = "/usr/local/bin:/usr/bin:/bin";

// The PATH the sandbox searches for a runner's programs: the runner's own
// PATH= when it sets one, else kSandboxPath.
std::string sandbox_search_path(const std::vector<std::string>& runner_env);

// `name` as a search of `path` finds it: itself when it holds a '/', else
// the first executable dir/name; nullopt when there is none.
std::optional<std::filesystem::path> find_on_path(const std::string& name, const std::string& path);

// A fixed environment for the runner's programs (its compiler included):
// nothing of the judge's own leaks into them.
std::vector<std::string> program_env(const Runner& runner);

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

// Every `placeholder` ("{source}", "{heap_mib}") in a command's words
// replaced by `value`.
void substitute(std::vector<std::string>& command, std::string_view placeholder, std::string_view value);

// Runs the compiled program in `box` with stdin from `input`; stdout and
// stderr go to files the program cannot reach by name. "{heap_mib}" in the
// run command is the memory limit less the runner's heap_reserve_mib.
sandbox::Outcome run_program(const Runner& runner, const std::filesystem::path& box,
                             const std::filesystem::path& input, const std::filesystem::path& output,
                             const std::filesystem::path& errors, const RunLimits& limits);

}  // namespace judge
