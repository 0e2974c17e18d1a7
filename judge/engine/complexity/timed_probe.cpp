#include "timed_probe.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "complexity_fit.h"
#include "complexity_hint.h"
#include "engine/base/errors.h"
#include "engine/base/workspace.h"
#include "engine/language/run_program.h"
#include "probe_setup.h"

namespace judge {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Below this a run's CPU time is mostly start-up and timer granularity:
// the ladder climbs past such sizes without fitting them.
constexpr double kShortestUseful = 0.003;
// How much steeper than the expected class's slope the times must grow
// before the hint says "slower than expected".
constexpr double kClearlyFaster = 0.15;
// A candidate keeps step with the reference when the ratio of their times
// grows by less than this on a log-log scale, margin included: half a log
// factor at the sizes measured (a whole one is about 0.1), so that an
// O(n log n) candidate beside an O(n) reference does not pass for O(n).
constexpr double kKeepsStep = 0.05;
int rank(Growth growth) { return static_cast<int>(growth); }

struct Ladder {
  std::vector<TimingSample> candidate;  // every run that finished
  std::vector<TimingSample> useful;     // the candidate's, at sizes past start-up
  std::vector<TimingSample> reference;
  std::vector<std::uint64_t> useful_sizes;
};

// Measured alone, the candidate's curve carries the machine's quirks (a
// working set outgrowing a cache bends an O(n) curve up at the top);
// beside the reference, which shares them, they cancel. The two answers
// must not contradict each other by more than a neighbouring class.
GrowthEstimate combine(const GrowthEstimate& absolute, const std::optional<GrowthEstimate>& relative) {
  if (!relative) return absolute;
  if (!relative->growth) {
    if (!absolute.growth) return absolute;
    GrowthEstimate alone = absolute;
    alone.reason += "; beside the reference it was not clear";
    alone.confidence *= 0.5;
    return alone;
  }
  if (absolute.growth && std::abs(rank(*absolute.growth) - rank(*relative->growth)) >= 2) {
    GrowthEstimate unsure = *relative;
    unsure.growth.reset();
    unsure.confidence = 0;
    unsure.reason = fmt::format("measured alone it grows like {}, beside the reference like {}",
                                to_big_o(*absolute.growth), to_big_o(*relative->growth));
    return unsure;
  }
  GrowthEstimate chosen = *relative;
  if (absolute.growth == relative->growth) chosen.confidence = std::max(chosen.confidence, absolute.confidence);
  return chosen;
}


class TimedProbe {
 public:
  TimedProbe(const Problem& problem, const Runner& runner, const fs::path& box, const fs::path& cache,
             const RunLimits& limits, const ProbeOptions& options)
      : problem_(problem), runner_(runner), box_(box), cache_(cache), limits_(limits), options_(options),
        setup_(set_up(problem, cache, options)) {}

  ComplexityReport run() {
    if (setup_.with_reference) measure_start_ups();
    climb();
    return report(final_estimate());
  }

 private:
  double seconds_left() const { return std::chrono::duration<double>(setup_.give_up - Clock::now()).count(); }

  fs::path input(std::uint64_t n) const {
    return input_of_size(problem_, cache_, setup_.generator, setup_.generator_hash, n);
  }

  // One run; nullopt when it failed or hit a limit (a size that already
  // fails says enough). No run may outlast what is left of the budget.
  std::optional<double> time_one(const Runner& who, const fs::path& where, const fs::path& input) {
    RunLimits run_limits = limits_;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(setup_.give_up - Clock::now()).count();
    run_limits.cpu_ms = std::max<std::int64_t>(50, std::min<std::int64_t>(left, limits_.cpu_ms * 4));
    run_limits.wall_ms = run_limits.cpu_ms * 2 + 500;
    sandbox::Outcome outcome = run_program(who, where, input, scratch_.private_dir() / "output",
                                           scratch_.private_dir() / "stderr", run_limits);
    if (!outcome.error.empty() || outcome.limit != sandbox::Limit::None || !outcome.exited || outcome.exit_code != 0)
      return std::nullopt;
    return static_cast<double>(outcome.cpu_us) / 1e6;
  }

  // Candidate and reference alternate, so a slow moment of the machine
  // falls on both. Returns the candidate's median, or nullopt when it
  // stopped at this size.
  std::optional<double> measure(std::uint64_t n) {
    fs::path at = input(n);
    std::vector<double> times;
    for (int r = 0; r < options_.repeats && Clock::now() < setup_.give_up; ++r) {
      std::optional<double> t = time_one(runner_, box_, at);
      if (!t) return std::nullopt;
      times.push_back(*t);
      if (setup_.with_reference)
        if (std::optional<double> ref = time_one(*options_.reference_runner, options_.reference_box, at))
          ladder_.reference.push_back({static_cast<double>(n), *ref});
    }
    if (times.empty()) return std::nullopt;
    for (double t : times) ladder_.candidate.push_back({static_cast<double>(n), t});
    const double middle = median_of(times);
    if (middle >= kShortestUseful) {
      for (double t : times) ladder_.useful.push_back({static_cast<double>(n), t});
      ladder_.useful_sizes.push_back(n);
    }
    return middle;
  }

  // Each program's start-up, its time on a tiny input, so that the two
  // are compared on their work alone (see estimate_relative).
  void measure_start_ups() {
    try {
      fs::path tiny = input(std::max<std::uint64_t>(1, setup_.spec.min_size / 64));
      std::vector<double> candidate_times, reference_times;
      for (int r = 0; r < options_.repeats; ++r) {
        if (auto t = time_one(runner_, box_, tiny)) candidate_times.push_back(*t);
        if (auto t = time_one(*options_.reference_runner, options_.reference_box, tiny)) reference_times.push_back(*t);
      }
      if (!candidate_times.empty()) start_up_.candidate = median_of(candidate_times);
      if (!reference_times.empty()) start_up_.reference = median_of(reference_times);
    } catch (const InputError&) {
      // A generator that cannot make a tiny input: the times are compared whole.
    }
  }

  GrowthEstimate estimate_now() const {
    std::optional<GrowthEstimate> relative;
    if (setup_.with_reference)
      relative = estimate_relative(ladder_.useful, ladder_.reference, setup_.expected, start_up_);
    return combine(estimate_growth(ladder_.useful), relative);
  }

  void climb() {
    const ComplexitySpec& spec = setup_.spec;
    // Up the doubling ladder, while the next size can still be afforded: its
    // time is guessed from the last doubling's growth.
    double last = 0, growth = 2;
    for (std::uint64_t n = spec.min_size; n <= spec.max_size && Clock::now() < setup_.give_up; n *= 2) {
      if (last > 0 && last * growth * options_.repeats * (setup_.with_reference ? 1.5 : 1) > seconds_left()) break;
      std::optional<double> middle = measure(n);
      if (!middle) break;
      if (last > 0) growth = std::max(2.0, *middle / last);
      last = *middle;
      GrowthEstimate so_far = estimate_now();
      if (so_far.growth && so_far.confidence >= 0.5) break;  // clear already
    }
    // A slow solution can run out of budget after two or three sizes: the
    // ladder then goes down from the smallest size, as far as times are
    // still past start-up.
    if (!ladder_.useful_sizes.empty() && ladder_.useful_sizes.size() < 5) {
      std::uint64_t lowest = *std::min_element(ladder_.useful_sizes.begin(), ladder_.useful_sizes.end());
      for (std::uint64_t n = lowest / 2; n >= 8 && Clock::now() < setup_.give_up && ladder_.useful_sizes.size() < 5;
           n /= 2) {
        std::optional<double> middle = measure(n);
        if (!middle || *middle < kShortestUseful) break;
      }
    }
  }

  GrowthEstimate final_estimate() const {
    const Growth expected = setup_.expected;
    GrowthEstimate estimate = estimate_now();
    if (setup_.with_reference)
      settle_tie_by_reference(estimate, expected, ratio_slope(ladder_.useful, ladder_.reference, 0.001, start_up_),
                              kKeepsStep, std::nullopt, "times");
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
    // Nor can times grow slower than an input the program must read, when
    // that input grows linearly: a JVM's or node's start-up and JIT
    // warm-up make the cost per element fall with n, which reads as
    // O(1) or O(log n) (tests/complexity/README.md, the Java and
    // JavaScript files).
    if (estimate.growth && rank(*estimate.growth) < rank(Growth::Linear) && input_grows_linearly(estimate)) {
      estimate.reason = fmt::format("{} fits best, but the input itself grows like O(n) and is read whole: the "
                                    "program's start-up or warm-up outweighs its work at these sizes",
                                    to_big_o(*estimate.growth));
      estimate.growth.reset();
      estimate.confidence = 0;
    }
    return estimate;
  }

  // Whether the input's bytes grow at least like n ^ 0.8 across the sizes
  // the estimate used.
  bool input_grows_linearly(const GrowthEstimate& estimate) const {
    if (estimate.points.size() < 2) return false;
    const double low = estimate.points.front().first, high = estimate.points.back().first;
    try {
      const double low_bytes = static_cast<double>(fs::file_size(input(static_cast<std::uint64_t>(low))));
      const double high_bytes = static_cast<double>(fs::file_size(input(static_cast<std::uint64_t>(high))));
      if (low_bytes <= 0 || high <= low) return false;
      return std::log(high_bytes / low_bytes) / std::log(high / low) >= 0.8;
    } catch (const std::exception&) {
      return false;  // no input to measure: the estimate stands
    }
  }

  ComplexityReport report(const GrowthEstimate& estimate) const {
    const ComplexitySpec& spec = setup_.spec;
    ComplexityReport report;
    report.expected = spec.expected;
    if (estimate.growth) report.estimate = to_big_o(*estimate.growth);
    report.confidence = estimate.confidence;
    report.reason = estimate.reason;
    report.slope = estimate.slope;
    report.slope_margin = estimate.slope_margin;
    std::optional<double> predicted;
    if (estimate.growth && !estimate.fits.empty() && !estimate.points.empty() &&
        estimate.points.back().first < static_cast<double>(spec.max_size))
      predicted = predict(estimate.fits.front(), static_cast<double>(spec.max_size));
    if (const auto range = narrowed_range(estimate)) {
      report.range = {to_big_o(range->first), to_big_o(range->second)};
      report.hint = range_hint(*range, setup_.expected);
    } else {
      report.hint = growth_hint(estimate, setup_.expected, "", spec.max_size, predicted);
    }
    report.points = plot_points(estimate);
    return report;
  }

  // The sizes the fit used (else every size timed), each with the
  // reference's median time beside it, for the report's plot.
  std::vector<ComplexityPoint> plot_points(const GrowthEstimate& estimate) const {
    auto point_at = [](double n, double seconds) {
      ComplexityPoint point;
      point.n = static_cast<std::uint64_t>(n);
      point.seconds = seconds;
      return point;
    };
    std::vector<ComplexityPoint> points;
    for (auto [n, seconds] : estimate.points) points.push_back(point_at(n, seconds));
    if (points.empty())
      for (const TimingSample& s : ladder_.candidate) points.push_back(point_at(s.n, s.seconds));
    std::map<double, std::vector<double>> reference_times;
    for (const TimingSample& s : ladder_.reference) reference_times[s.n].push_back(s.seconds);
    for (ComplexityPoint& point : points)
      if (auto it = reference_times.find(static_cast<double>(point.n)); it != reference_times.end())
        point.reference_seconds = median_of(it->second);
    std::sort(points.begin(), points.end(),
              [](const ComplexityPoint& a, const ComplexityPoint& b) { return a.n < b.n; });
    return points;
  }

  const Problem& problem_;
  const Runner& runner_;
  const fs::path& box_;
  const fs::path& cache_;
  const RunLimits& limits_;
  const ProbeOptions& options_;
  const ProbeSetup setup_;
  Workspace scratch_;
  Ladder ladder_;
  StartUp start_up_;
};

}  // namespace

ComplexityReport probe_by_times(const Problem& problem, const Runner& runner, const fs::path& box,
                                const fs::path& cache, const RunLimits& limits, const ProbeOptions& options) {
  return TimedProbe(problem, runner, box, cache, limits, options).run();
}

}  // namespace judge
