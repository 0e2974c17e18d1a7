#include "counted_ladder.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <regex>

#include "engine/base/errors.h"
#include "engine/base/file_text.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The server, the work children and their null twins: two sizes run at
// once (runners/ladders/python.py), each beside a null child for a moment.
constexpr int kLadderProcesses = 5;

}  // namespace

bool is_interpreted(const Runner& runner) {
  return !runner.run.empty() && fs::path(runner.run.front()).is_absolute();
}

bool has_counted_ladder(const Runner& runner) {
  static const bool bounded = sandbox::layer_active("cgroup_pids") || sandbox::layer_active("uid_drop");
  return bounded && !runner.ladder.empty() && !runner.run.empty();
}

LadderCounts ladder_counts_from_log(std::string_view log, std::size_t inputs) {
  static const std::regex line(R"(judge-ladder: input (\d+) status (-?\d+) work (\d+|-) wall (\d+(?:\.\d+)?))");
  LadderCounts counts;
  counts.work.resize(inputs);
  counts.wall.resize(inputs, 0);
  for (auto it = std::cregex_iterator(log.data(), log.data() + log.size(), line); it != std::cregex_iterator(); ++it) {
    const std::size_t index = std::stoull((*it)[1].str());
    if (index >= inputs) continue;
    if ((*it)[2].str() != "0") {
      if (!counts.failed || index < *counts.failed) counts.failed = index;
      continue;
    }
    if ((*it)[3].str() == "-") continue;
    counts.work[index] = std::stoull((*it)[3].str());
    counts.wall[index] = std::stod((*it)[4].str());
  }
  // Past a failure nothing counts: the server stops there, and a size run
  // beside the failing one says nothing the ladder can trust.
  if (counts.failed)
    for (std::size_t i = *counts.failed; i < inputs; ++i) {
      counts.work[i].reset();
      counts.wall[i] = 0;
    }
  return counts;
}

LadderCounts count_ladder(const Runner& runner, const InstructionCounter& counter, const fs::path& box,
                          const std::vector<fs::path>& inputs, const RunLimits& limits, const LadderWork& work,
                          double wall_seconds, const fs::path& scratch, const fs::path& log_copy) {
  // stdin: a header with each input's length, then the inputs.
  const fs::path ladder_input = scratch / "ladder.in";
  std::uintmax_t largest = 0;
  {
    std::ofstream out(ladder_input, std::ios::binary);
    out << "judge-ladder " << inputs.size();
    for (const fs::path& input : inputs) {
      const std::uintmax_t bytes = fs::file_size(input);
      out << ' ' << bytes;
      largest = std::max(largest, bytes);
    }
    out << '\n';
    for (const fs::path& input : inputs) out << std::ifstream(input, std::ios::binary).rdbuf();
    if (!out) throw InternalError(fmt::format("{}: could not write the ladder's input", ladder_input.string()));
  }
  Runner server = runner;
  server.run = {runner.run.front(), "-c", read_file(runner.ladder), fmt::format("{:.0f}", work.instructions),
                fmt::format("{:.0f}", work.size_charge), kLadderCountsPrefix};
  server.run.insert(server.run.end(), runner.run.begin() + 1, runner.run.end());
  server = counted_per_process(server, counter, kLadderCountsPrefix);
  server.seccomp = sandbox::SeccompProfile::ForkingProgram;

  RunLimits run_limits = limits;
  // The server stops at its work budget; the wall limit is the safety net
  // for a machine too slow or too busy for it, and what finished counts.
  run_limits.wall_ms = static_cast<std::int64_t>(wall_seconds * 1000);
  run_limits.cpu_ms = run_limits.wall_ms * 2;
  run_limits.processes = kLadderProcesses;
  run_limits.memory_bytes = 2 * (limits.memory_bytes + kCounterMemory);
  // The server stages each input in a memory file, which the file size
  // limit (the problem's output limit) also caps.
  run_limits.output_bytes = std::max<std::uint64_t>(limits.output_bytes, largest + (1u << 20));
  const fs::path errors = scratch / "ladder.err";
  const sandbox::Outcome outcome = run_program(server, box, ladder_input, scratch / "ladder.out", errors, run_limits);
  if (!log_copy.empty()) {
    std::error_code ignored;
    fs::copy_file(errors, log_copy, fs::copy_options::overwrite_existing, ignored);
  }
  LadderCounts counts = ladder_counts_from_log(read_file(errors), inputs.size());
  counts.out_of_time =
      outcome.limit == sandbox::Limit::WallTime || outcome.limit == sandbox::Limit::CpuTime;
  counts.run_queue_ms = outcome.run_queue_ms;
  return counts;
}

}  // namespace judge
