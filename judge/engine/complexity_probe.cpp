#include "complexity_probe.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "complexity_fit.h"
#include "errors.h"
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
// A candidate keeps step with the reference when the ratio of their times
// grows by less than this on a log-log scale, margin included: half a log
// factor at the sizes measured (a whole one is about 0.1), so that an
// O(n log n) candidate beside an O(n) reference does not pass for O(n).
constexpr double kKeepsStep = 0.05;

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

struct Ladder {
  std::vector<TimingSample> candidate;  // every run that finished
  std::vector<TimingSample> useful;     // the candidate's, at sizes past start-up
  std::vector<TimingSample> reference;
  std::vector<std::uint64_t> useful_sizes;
};

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

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
  const bool with_reference = options.reference_runner != nullptr && !options.reference_box.empty();
  auto seconds_left = [&] { return std::chrono::duration<double>(give_up - Clock::now()).count(); };

  Workspace scratch;
  Ladder ladder;
  // One run; nullopt when it failed or hit a limit (a size that already
  // fails says enough). No run may outlast what is left of the budget.
  auto time_one = [&](const Runner& who, const fs::path& where, const fs::path& input) -> std::optional<double> {
    RunLimits run_limits = limits;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up - Clock::now()).count();
    run_limits.cpu_ms = std::max<std::int64_t>(50, std::min<std::int64_t>(left, limits.cpu_ms * 4));
    run_limits.wall_ms = run_limits.cpu_ms * 2 + 500;
    sandbox::Outcome outcome =
        run_in_box(who, where, input, scratch.private_dir() / "output", scratch.private_dir() / "stderr", run_limits);
    if (!outcome.error.empty() || outcome.limit != sandbox::Limit::None || !outcome.exited || outcome.exit_code != 0)
      return std::nullopt;
    return static_cast<double>(outcome.cpu_us) / 1e6;
  };
  // Candidate and reference alternate, so a slow moment of the machine
  // falls on both. Returns the candidate's median, or nullopt when it
  // stopped at this size.
  auto measure = [&](std::uint64_t n) -> std::optional<double> {
    fs::path input = input_of_size(problem, cache, generator, generator_hash, n);
    std::vector<double> times;
    for (int r = 0; r < options.repeats && Clock::now() < give_up; ++r) {
      std::optional<double> t = time_one(runner, box, input);
      if (!t) return std::nullopt;
      times.push_back(*t);
      if (with_reference)
        if (std::optional<double> ref = time_one(*options.reference_runner, options.reference_box, input))
          ladder.reference.push_back({static_cast<double>(n), *ref});
    }
    if (times.empty()) return std::nullopt;
    for (double t : times) ladder.candidate.push_back({static_cast<double>(n), t});
    const double middle = median_of(times);
    if (middle >= kShortestUseful) {
      for (double t : times) ladder.useful.push_back({static_cast<double>(n), t});
      ladder.useful_sizes.push_back(n);
    }
    return middle;
  };
  // Each program's start-up, its time on a tiny input, so that the two
  // are compared on their work alone (see estimate_relative).
  StartUp start_up;
  if (with_reference) {
    try {
      fs::path tiny = input_of_size(problem, cache, generator, generator_hash, std::max<std::uint64_t>(1, spec.min_size / 64));
      std::vector<double> candidate_times, reference_times;
      for (int r = 0; r < options.repeats; ++r) {
        if (auto t = time_one(runner, box, tiny)) candidate_times.push_back(*t);
        if (auto t = time_one(*options.reference_runner, options.reference_box, tiny)) reference_times.push_back(*t);
      }
      if (!candidate_times.empty()) start_up.candidate = median_of(candidate_times);
      if (!reference_times.empty()) start_up.reference = median_of(reference_times);
    } catch (const InputError&) {
      // A generator that cannot make a tiny input: the times are compared whole.
    }
  }
  auto estimate_now = [&] {
    std::optional<GrowthEstimate> relative;
    if (with_reference) relative = estimate_relative(ladder.useful, ladder.reference, expected, start_up);
    return combine(estimate_growth(ladder.useful), relative);
  };

  // Up the doubling ladder, while the next size can still be afforded: its
  // time is guessed from the last doubling's growth.
  double last = 0, growth = 2;
  for (std::uint64_t n = spec.min_size; n <= spec.max_size && Clock::now() < give_up; n *= 2) {
    if (last > 0 && last * growth * options.repeats * (with_reference ? 1.5 : 1) > seconds_left()) break;
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
  if (!ladder.useful_sizes.empty() && ladder.useful_sizes.size() < 5) {
    std::uint64_t lowest = *std::min_element(ladder.useful_sizes.begin(), ladder.useful_sizes.end());
    for (std::uint64_t n = lowest / 2; n >= 8 && Clock::now() < give_up && ladder.useful_sizes.size() < 5; n /= 2) {
      std::optional<double> middle = measure(n);
      if (!middle || *middle < kShortestUseful) break;
    }
  }

  GrowthEstimate estimate = estimate_now();
  // Classes a log factor apart (O(n), O(n log n)) often fit one curve
  // alike. When one of them is the expected class and the candidate's
  // times keep step with the reference's, which has that class, so does
  // the candidate.
  if (!estimate.growth && estimate.tied && with_reference && estimate.fits.size() >= 2 &&
      (estimate.fits[0].growth == expected || estimate.fits[1].growth == expected) &&
      std::abs(rank(estimate.fits[0].growth) - rank(estimate.fits[1].growth)) == 1) {
    const RatioSlope step = ratio_slope(ladder.useful, ladder.reference, 0.001, start_up);
    if (step.sizes >= 3 && std::abs(step.value) + step.margin <= kKeepsStep) {
      estimate.growth = expected;
      estimate.confidence = 0.5 * (1 - (std::abs(step.value) + step.margin) / kKeepsStep);
      estimate.reason = fmt::format("{}; its times keep step with the reference's ({}) within {:.2f} ± {:.2f}",
                                    estimate.reason, to_big_o(expected), step.value, step.margin);
    }
  }
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
    for (const TimingSample& s : ladder.candidate) report.points.push_back({static_cast<std::uint64_t>(s.n), s.seconds});
  std::sort(report.points.begin(), report.points.end(),
            [](const ComplexityPoint& a, const ComplexityPoint& b) { return a.n < b.n; });
  return report;
}

}  // namespace judge
