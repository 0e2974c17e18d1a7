// The complexity probe's entry: which ladder measures this program. The
// ladders are timed_probe.h (CPU time) and counted_probe.h (instructions);
// what they share is probe_setup.h.
#include "complexity_probe.h"

#include "counted_ladder.h"
#include "counted_probe.h"
#include "instruction_count.h"
#include "timed_probe.h"

namespace judge {
namespace fs = std::filesystem;

std::optional<ComplexityReport> probe_complexity(const Problem& problem, const Runner& runner, const fs::path& box,
                                                 const fs::path& cache, const RunLimits& limits,
                                                 const ProbeOptions& options) {
  if (!problem.complexity) return std::nullopt;
  // An interpreter's own start-up under the counter (Python: 1-2 s, most
  // of the budget) leaves too few sizes when each size is a run of its
  // own: an interpreted program is counted only through its runner's
  // ladder server (counted_ladder.h), and timed without one, unless the
  // measure is forced to instructions.
  const bool count_anyway = options.measure == ComplexityMeasure::Instructions;
  const auto& counter = instruction_counter(options.measure);
  if (counter && (!is_interpreted(runner) || has_counted_ladder(runner) || count_anyway))
    return probe_by_counts(problem, runner, box, cache, limits, options, *counter);
  return probe_by_times(problem, runner, box, cache, limits, options);
}

}  // namespace judge
