#include "time_limits.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace judge {
namespace fs = std::filesystem;

double time_factor_for(const Problem& problem, const Runner& runner) {
  if (auto it = problem.time_factors.find(runner.language); it != problem.time_factors.end()) return it->second;
  return runner.time_factor;
}

double calibrated_time_s(const Limits& limits, const Calibration& calibration) {
  double measured_s = calibration.slowest_ms / 1000.0 / calibration.reference_factor;
  return std::max(limits.time_min_s, limits.time_multiplier.value() * measured_s);
}

std::string to_string(TimeLimitSource source) {
  return source == TimeLimitSource::Calibrated ? "calibrated" : "problem.yaml";
}

BaseTimeLimit time_limit_in_force(const Problem& problem, const fs::path& cache) {
  BaseTimeLimit fallback{problem.limits.time_s, TimeLimitSource::ProblemYaml};
  if (!problem.limits.time_multiplier) return fallback;
  std::optional<Calibration> calibration;
  try {
    calibration = stored_calibration(problem, cache);
  } catch (const std::exception&) {
    return fallback;  // no usable cache folder: the package's own seconds still grade
  }
  if (!calibration) return fallback;
  return {calibrated_time_s(problem.limits, *calibration), TimeLimitSource::Calibrated};
}

RunLimits limits_for(const Problem& problem, const Runner& runner, const fs::path& cache) {
  const BaseTimeLimit base = time_limit_in_force(problem, cache);
  RunLimits limits;
  limits.cpu_ms = static_cast<std::int64_t>(std::llround(base.seconds * time_factor_for(problem, runner) * 1000));
  limits.time_source = to_string(base.source);
  // Wall time only catches programs that wait instead of compute.
  limits.wall_ms = limits.cpu_ms * 2 + 1000;
  limits.memory_bytes = problem.limits.memory_mib << 20;
  limits.output_bytes = problem.limits.output_mib << 20;
  return limits;
}

}  // namespace judge
