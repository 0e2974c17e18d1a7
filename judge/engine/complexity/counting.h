// What a counted ladder (counted_probe.h) works with: the programs, the
// instruction counter, a scratch folder, the safety net in real time, and
// the reference's counts, which are kept in the cache: a count does not
// change, so the reference is counted once per machine.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "complexity_probe.h"
#include "engine/base/workspace.h"
#include "instruction_count.h"
#include "ladder_budget.h"
#include "probe_setup.h"

namespace judge {

class Counting {
 public:
  using Clock = std::chrono::steady_clock;

  Counting(const Problem& problem, const Runner& runner, const std::filesystem::path& box,
           const std::filesystem::path& cache, const RunLimits& limits, const ProbeOptions& options,
           const InstructionCounter& counter);

  struct Run {
    std::optional<double> value;  // instructions, or CPU seconds
    double wall = 0;              // seconds
    bool out_of_time = false;     // stopped by the safety net
  };

  // What is left of the safety net: the sizes counted are chosen by the work
  // budget alone, and the clock only stops a machine that cannot keep up.
  double seconds_left() const { return std::chrono::duration<double>(deadline() - Clock::now()).count(); }
  // The safety net counts the hint's own time, as a test's wall limit does
  // (sandbox.h): what its runs waited for a busy machine's CPU moves it
  // later, halved as two runs go at once. Load alone then never trips it:
  // 6 busy loops per core stretched the hint of minimum-passes' reference
  // past the 40 s of real time the net allows.
  Clock::time_point deadline() const { return give_up + std::chrono::microseconds(waited_us.load() / kRunsAtOnce); }
  void waited(std::int64_t run_queue_ms) { waited_us += run_queue_ms * 1000; }
  // What is left of the nominal time, for what is only for the plot.
  double nominal_seconds_left() const { return std::chrono::duration<double>(setup.give_up - Clock::now()).count(); }

  std::filesystem::path input(std::uint64_t n) const {
    return input_of_size(problem, cache, setup.generator, setup.generator_hash, n);
  }

  // One run, counted or native, in its own slot of output files (two go at
  // once). A counted run may take what is left of the safety net, so that
  // load alone never cuts short a count the work budget chose. `at_least_ms`:
  // a floor under it, for the reference's counts, which are kept.
  Run run(const Runner& who, const std::filesystem::path& where, const std::filesystem::path& input, bool count,
          int slot, std::int64_t at_least_ms = 200);

  // The reference's count on an input does not change: kept in the cache,
  // it is counted once per machine, not once per submission.
  std::optional<double> reference_count(std::uint64_t n, int slot);

  // The same for an interpreted reference, every size not kept yet counted
  // in one interpreter (counted_ladder.h).
  std::vector<std::optional<double>> reference_counts_in_one_interpreter(const std::vector<std::uint64_t>& sizes);

  const Problem& problem;
  const Runner& runner;
  const std::filesystem::path& box;
  const std::filesystem::path& cache;
  const RunLimits& limits;
  const InstructionCounter& counter;
  const ProbeSetup setup;
  const WorkBudget budget;
  const Clock::time_point give_up;  // the safety net, in real time (see deadline())
  static constexpr std::int64_t kRunsAtOnce = 2;
  std::atomic<std::int64_t> waited_us{0};
  const Runner candidate;  // counted
  std::optional<Runner> reference;  // counted
  const Runner* reference_runner = nullptr;
  std::filesystem::path reference_box;
  const std::filesystem::path ladder_log;
  std::string reference_key;
  Workspace scratch;

 private:
  std::filesystem::path kept_count_file(std::uint64_t n) const;
  std::optional<double> kept_reference_count(std::uint64_t n) const;
  void keep_reference_count(std::uint64_t n, double count) const;
};

}  // namespace judge
