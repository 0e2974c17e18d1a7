#include "complexity_probe.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "complexity_fit.h"
#include "hashing.h"
#include "trusted_tools.h"
#include "workspace.h"

namespace judge {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Below this a run's CPU time is mostly start-up and timer granularity:
// the ladder climbs past such sizes without fitting them.
constexpr double kShortestUseful = 0.003;
constexpr std::uint64_t kSeed = 20251123;
// How much steeper than the expected class's slope the times must grow
// before the hint says "slower than expected".
constexpr double kClearlyFaster = 0.15;

// The scaling generator's input of size n, cached like generated tests.
// `generator_hash` is the binary's SHA-256, computed once per ladder.
fs::path input_of_size(const Problem& problem, const fs::path& cache, const fs::path& generator,
                       const std::string& generator_hash, std::uint64_t n) {
  const std::string key = Hasher().add(generator_hash).add(std::to_string(n)).add(std::to_string(kSeed)).hex();
  fs::path file = cache / "complexity" / (key + ".in");
  if (fs::exists(file)) return file;
  fs::create_directories(file.parent_path());
  fs::permissions(cache / "complexity", fs::perms::owner_all, fs::perm_options::replace);
  run_generator(generator, {std::to_string(n)}, kSeed, file, fmt::format("{} {}", problem.complexity->generator, n));
  return file;
}

std::string human_size(double n) {
  int exponent = static_cast<int>(std::floor(std::log10(n)));
  double mantissa = n / std::pow(10, exponent);
  if (std::abs(mantissa - 1) < 1e-9) return fmt::format("10^{}", exponent);
  return fmt::format("{:.0f}", n);
}

std::string human_seconds(double s) {
  if (s < 1) return fmt::format("{:.0f} ms", s * 1000);
  if (s < 120) return fmt::format("{:.0f} s", s);
  if (s < 7200) return fmt::format("{:.0f} minutes", s / 60);
  return fmt::format("{:.0f} hours", s / 3600);
}

int rank(Growth growth) { return static_cast<int>(growth); }

std::string hint_for(const GrowthEstimate& estimate, Growth expected, const ComplexitySpec& spec) {
  if (!estimate.growth)
    return fmt::format("Not sure how your solution grows: {}.", estimate.reason);
  const Growth found = *estimate.growth;
  std::string measured = fmt::format("your solution grows like {} (measured {:.2f} ± {:.2f} on a log-log scale)",
                                     to_big_o(found), estimate.slope, estimate.slope_margin);
  if (rank(found) <= rank(expected)) return fmt::format("{}; this problem expects {}.", measured, to_big_o(expected));
  std::string text = fmt::format("{}; this problem expects {}", measured, to_big_o(expected));
  // Where the fit's model says it would be at the problem's largest size.
  const double n = static_cast<double>(spec.max_size);
  const double predicted = predict(estimate.fits.front(), n);
  if (std::isfinite(predicted) && static_cast<double>(estimate.points.back().first) < n)
    text += fmt::format("; at n = {} it would need about {}", human_size(n), human_seconds(predicted));
  return text + ".";
}

}  // namespace

std::optional<ComplexityReport> probe_complexity(const Problem& problem, const Runner& runner, const fs::path& box,
                                                 const fs::path& cache, const RunLimits& limits,
                                                 const ProbeOptions& options) {
  if (!problem.complexity) return std::nullopt;
  const ComplexitySpec& spec = *problem.complexity;
  const Growth expected = *parse_big_o(spec.expected);
  const Clock::time_point give_up = Clock::now() + options.budget;
  const fs::path generator = build_tool(cache, problem.generator_source(spec.generator));
  const std::string generator_hash = sha256_file(generator);

  Workspace scratch;
  std::vector<TimingSample> samples;
  std::vector<TimingSample> useful;
  for (std::uint64_t n = spec.min_size; n <= spec.max_size && Clock::now() < give_up; n *= 2) {
    fs::path input = input_of_size(problem, cache, generator, generator_hash, n);
    std::vector<double> times;
    bool stopped = false;
    for (int r = 0; r < options.repeats && Clock::now() < give_up; ++r) {
      // No run may outlast what is left of the budget, nor the time limit
      // by much: a size that already fails says enough.
      RunLimits run_limits = limits;
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - Clock::now()).count();
      run_limits.cpu_ms = std::max<std::int64_t>(50, std::min<std::int64_t>(left, limits.cpu_ms * 4));
      run_limits.wall_ms = run_limits.cpu_ms * 2 + 500;
      sandbox::Outcome outcome =
          run_in_box(runner, box, input, scratch.private_dir() / "output", scratch.private_dir() / "stderr", run_limits);
      if (!outcome.error.empty() || outcome.limit != sandbox::Limit::None || !outcome.exited || outcome.exit_code != 0) {
        stopped = true;
        break;
      }
      times.push_back(static_cast<double>(outcome.cpu_us) / 1e6);
    }
    for (double t : times) samples.push_back({static_cast<double>(n), t});
    if (!times.empty()) {
      std::sort(times.begin(), times.end());
      if (times[times.size() / 2] >= kShortestUseful)
        for (double t : times) useful.push_back({static_cast<double>(n), t});
    }
    if (stopped) break;
    GrowthEstimate so_far = estimate_growth(useful);
    if (so_far.growth && so_far.confidence >= 0.5) break;  // clear already
  }
  GrowthEstimate estimate = estimate_growth(useful);
  // "Slower than expected" is a claim against the candidate: the times
  // themselves must grow clearly faster than the expected class allows.
  if (estimate.growth && rank(*estimate.growth) > rank(expected) && !estimate.points.empty() &&
      estimate.slope - estimate.slope_margin <= slope_at(expected, estimate.points.back().first) + kClearlyFaster) {
    estimate.reason = fmt::format("{} fits best, but the times (slope {:.2f} ± {:.2f}) do not grow clearly faster "
                                  "than the expected {} would",
                                  to_big_o(*estimate.growth), estimate.slope, estimate.slope_margin,
                                  to_big_o(expected));
    estimate.growth.reset();
    estimate.confidence = 0;
  }

  ComplexityReport report;
  report.expected = spec.expected;
  if (estimate.growth) report.estimate = to_big_o(*estimate.growth);
  report.confidence = estimate.confidence;
  report.slope = estimate.slope;
  report.slope_margin = estimate.slope_margin;
  report.hint = hint_for(estimate, expected, spec);
  for (auto [n, seconds] : estimate.points) report.points.push_back({static_cast<std::uint64_t>(n), seconds});
  if (report.points.empty())
    for (const TimingSample& s : samples) report.points.push_back({static_cast<std::uint64_t>(s.n), s.seconds});
  return report;
}

}  // namespace judge
