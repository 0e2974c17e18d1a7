#include "time_confirmation.h"

#include <cmath>

namespace judge {

std::int64_t watchdog_cpu_ms(std::int64_t limit_ms) {
  return static_cast<std::int64_t>(std::ceil(static_cast<double>(limit_ms) * kBorderlineFactor));
}

bool is_borderline_time_out(const sandbox::Outcome& outcome, std::int64_t limit_ms) {
  if (!outcome.error.empty() || outcome.cpu_ms <= limit_ms) return false;
  // Stopped by the watchdog at kBorderlineFactor: clearly over. A memory,
  // output or system-call stop is its own verdict, whatever the time.
  if (outcome.limit != sandbox::Limit::None) return false;
  return static_cast<double>(outcome.cpu_ms) <= static_cast<double>(limit_ms) * kBorderlineFactor;
}

bool is_overloaded(const sandbox::Outcome& outcome) {
  return outcome.error.empty() && outcome.limit == sandbox::Limit::Overload;
}

std::size_t run_that_counts(const std::vector<sandbox::Outcome>& runs) {
  std::size_t best = 0;
  bool found = false;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    if (is_overloaded(runs[i])) continue;
    if (!found || runs[i].cpu_us < runs[best].cpu_us) best = i;
    found = true;
  }
  return best;
}

}  // namespace judge
