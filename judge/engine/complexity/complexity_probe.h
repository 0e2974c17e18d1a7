// Measuring how a compiled submission's running time grows: the problem's
// scaling generator makes inputs on a doubling ladder of sizes, the
// submission runs on each in the same sandbox as grading, and the times go
// to the fitter (complexity_fit.h). Within a budget (of work where counted,
// of time where timed), stopping early once the answer is clear.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/base/settings.h"
#include "engine/language/run_program.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"

namespace judge {

// The seed the scaling generator gets, always: `generator N SEED`.
inline constexpr std::uint64_t kComplexitySeed = 20251123;

struct ComplexityPoint {
  std::uint64_t n = 0;
  double seconds = 0;  // median CPU time of the runs at this size
  // Counted (the "instructions" measure): the instructions executed at
  // this size, start-up included.
  std::optional<std::uint64_t> instructions;
  // The reference solution's, measured the same way on the same input.
  std::optional<double> reference_seconds;
  std::optional<std::uint64_t> reference_instructions;
};

struct ComplexityReport {
  std::optional<std::string> estimate;  // "O(n^2)", or nullopt when not sure
  // When not sure, but every class ruled out except two neighbours: those
  // two, lower first ("O(n)", "O(n log n)"). Empty otherwise.
  std::vector<std::string> range;
  std::string expected;                 // the problem's class
  double confidence = 0;
  double slope = 0;                     // log-log slope at the largest sizes measured
  double slope_margin = 0;
  std::string hint;                     // one or two sentences for the candidate
  std::string reason;                   // what decided, or why it is not sure: for the curious
  // What the class was fitted to: "instructions" (counted, see
  // instruction_count.h) or "cpu_time".
  std::string measure = "cpu_time";
  std::vector<ComplexityPoint> points;
};

struct ProbeOptions {
  // The extra time the measurement may take on a quiet machine. Counted, it
  // is a budget of work (ladder_budget.h), the same on every machine, with a
  // safety net of a few times it in wall time; timed, a wall-clock budget.
  std::chrono::milliseconds budget{5000};
  int repeats = 3;                         // runs per size
  // The compiled reference solution, run on the same sizes interleaved with
  // the candidate: the ratio of the two times cancels what hits both (the
  // machine's load, the memory hierarchy). Null: the candidate alone.
  const Runner* reference_runner = nullptr;
  std::filesystem::path reference_box;
  // What the class is fitted to (Settings::complexity_measure).
  ComplexityMeasure measure = ComplexityMeasure::Auto;
  // Where to copy the counted ladder server's log (Settings::ladder_log).
  std::filesystem::path ladder_log;
};

// `box` holds the compiled submission. nullopt when the problem has no
// complexity section. Throws InputError when the scaling generator fails.
std::optional<ComplexityReport> probe_complexity(const Problem& problem, const Runner& runner,
                                                 const std::filesystem::path& box, const std::filesystem::path& cache,
                                                 const RunLimits& limits, const ProbeOptions& options);

}  // namespace judge
