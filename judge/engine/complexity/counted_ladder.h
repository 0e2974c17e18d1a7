// Counting an interpreted program's whole ladder of sizes in one
// interpreter. Under the instruction counter, CPython's start-up alone
// costs 1-2 s a run, which a ladder of one process per size pays at every
// size; the runner's ladder server (runners/ladders/python.py) starts the
// interpreter once and runs each size in a forked child, beside a null
// child forked from the same state, so that the difference of their counts
// is the program's work on that input alone. The children may fork only
// because the server does: the run gets the ForkingProgram seccomp profile
// (fork, never exec) and a process limit for the copies.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "engine/language/run_program.h"
#include "engine/language/runner.h"
#include "instruction_count.h"

namespace judge {

// Whether an interpreter runs the program: its run command starts with an
// absolute path (/usr/bin/python3) rather than the compiled file. Under the
// counter its start-up is paid at every size run on its own.
bool is_interpreted(const Runner& runner);

// Whether `runner` has a ladder server (runners/<language>.yaml `ladder`)
// and this judge can bound the processes it forks: a pids cgroup, or (as
// root) a uid of the run's own under RLIMIT_NPROC. Without either, a fork
// bomb in a work child would reach the machine: the language is timed.
bool has_counted_ladder(const Runner& runner);

struct LadderCounts {
  // Per input, in order: the instructions of the program's work on it, or
  // nullopt when it was not counted (past the work budget, or the run
  // stopped first).
  std::vector<std::optional<std::uint64_t>> work;
  // Per input: the work child's wall time under the counter, seconds (0
  // when it was not counted). For scheduling native runs, never for
  // choosing which sizes are counted.
  std::vector<double> wall;
  // The first input the program failed on (a non-zero exit): the ladder
  // stops there. nullopt when none failed.
  std::optional<std::size_t> failed;
  // The server was stopped by its wall or CPU limit, the hint's safety net:
  // the machine was too slow or too busy to count what the budget allows.
  bool out_of_time = false;
  // What the server's tasks waited for a CPU (sandbox::Outcome::run_queue_ms).
  std::int64_t run_queue_ms = 0;
};

// What the server may count: the work children's instructions plus a
// charge per size (ladder_budget.h). Decided from counts alone, so the same
// program reaches the same sizes on any machine.
struct LadderWork {
  double instructions = 0;
  double size_charge = 0;
};

// The log files' prefix in the run's directory: the counter writes each
// process's total to `<prefix>.<pid>` (counted_per_process), which the
// server reads when it has waited for that child.
inline constexpr const char* kLadderCountsPrefix = "judge-counts";

// Runs `runner`'s ladder server in `box` under the counter on `inputs`
// (ascending sizes), within `work`; `wall_seconds` is the safety net, past
// which what finished counts and `out_of_time` says so. `scratch` is a
// private directory for the run's files. `log_copy`, when set, gets a copy
// of the server's log (how long its start-up took, each size's wall time),
// for whoever tunes the ladder (Settings::ladder_log).
LadderCounts count_ladder(const Runner& runner, const InstructionCounter& counter, const std::filesystem::path& box,
                          const std::vector<std::filesystem::path>& inputs, const RunLimits& limits,
                          const LadderWork& work, double wall_seconds, const std::filesystem::path& scratch,
                          const std::filesystem::path& log_copy = {});

// The counts from the server's stderr: each "judge-ladder: input I status S
// work N wall W" line, N the work child's instructions less its null
// twin's, as the server read them from the counter's logs ("-" when it
// could not). A program can print such lines too; that misleads only its
// own hint.
LadderCounts ladder_counts_from_log(std::string_view log, std::size_t inputs);

}  // namespace judge
