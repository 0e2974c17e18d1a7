#include "counted_probe.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <future>
#include <numeric>

#include "complexity_fit.h"
#include "complexity_hint.h"
#include "counted_ladder.h"
#include "counting.h"
#include "ladder_budget.h"

namespace judge {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// A candidate keeps step with the reference when the ratio of their counts
// grows by less than this on a log-log scale: an extra log factor that is a
// small share of a program's count moves it by little, so only work that
// keeps step almost exactly passes (figures: tests/complexity/README.md,
// "Thresholds of the counted ratio").
constexpr double kCountKeepsStep = 0.01;
// Two interpreted programs' counts, a log factor apart, part by more than
// this; in the same class, by less than half of it. The interpreter's fixed
// cost per operation dominates both, so their ratio is steady; compiled
// programs' counts are swayed by how each parses its input and get no such
// rule (figures: the same section).
constexpr double kCountLogApart = 0.02;

// At most this many sizes are counted; a count does not vary, so one run
// per size says what three would.
constexpr int kMaxCountedSizes = 10;
constexpr int kEnoughCountedSizes = 6;
// O(n) is named only when the largest size counted is at least this many
// times the problem's smallest.
constexpr std::uint64_t kLinearReach = 8;
// Work (in 10^9 instructions) below which two programs' ratio is mostly
// their start-ups' unevenness.
constexpr double kMinComparedWork = 1e-4;
// The one-interpreter ladder (counted_ladder.h): at most this many sizes,
// doubling, and this many bytes of input, which the server holds at once.
constexpr std::size_t kMaxLadderSizes = 16;
constexpr std::uintmax_t kMaxLadderBytes = 64ull << 20;
// How much slower a program runs under the counter than natively, at
// least (CPython: 5-10x).
constexpr double kCounterSlowdown = 5;

// Per size: the point for the report, the sample for the fit.
struct CountedLadder {
  std::vector<ComplexityPoint> points;
  std::vector<CountSample> samples;
  // The safety net stopped the ladder before the work budget did.
  bool out_of_time = false;
  // The size the program failed on (a non-zero exit, or a limit that was
  // not the safety net's), which ends the ladder.
  std::optional<std::uint64_t> failed_at;
};

// One counted run per size, two at once (one per core), the sizes chosen by
// next_counted_sizes (ladder_budget.h) from the counts alone. The fit has a
// constant term of its own; the first count is for steering the ladder and
// for comparing the two programs' work.
CountedLadder climb_one_run_per_size(Counting& counting) {
  const ComplexitySpec& spec = counting.setup.spec;
  const LadderBounds bounds{spec.min_size, spec.max_size, kMaxCountedSizes};
  CountedLadder ladder;
  auto& [points, samples, out_of_time, failed_at] = ladder;
  std::vector<CountedSize> done;
  int substantial = 0;
  bool stop = false;
  while (!stop) {
    const std::vector<std::uint64_t> sizes = next_counted_sizes(done, bounds, counting.budget);
    if (sizes.empty()) break;
    if (counting.seconds_left() <= 0) {
      out_of_time = true;
      break;
    }
    std::vector<fs::path> inputs;
    for (std::uint64_t size : sizes) inputs.push_back(counting.input(size));
    std::vector<std::future<Counting::Run>> runs;
    for (std::size_t i = 0; i < sizes.size(); ++i)
      runs.push_back(std::async(std::launch::async, [&, i] {
        return counting.run(counting.candidate, counting.box, inputs[i], true, static_cast<int>(i));
      }));
    std::vector<Counting::Run> counted_runs;
    for (auto& future : runs) counted_runs.push_back(future.get());
    for (std::size_t i = 0; i < sizes.size() && !stop; ++i) {
      const Counting::Run& counted_run = counted_runs[i];
      if (!counted_run.value) {
        if (counted_run.out_of_time)
          out_of_time = true;
        else
          failed_at = sizes[i];
        stop = true;
        break;
      }
      ComplexityPoint point;
      point.n = sizes[i];
      point.instructions = static_cast<std::uint64_t>(*counted_run.value);
      // Its CPU time too, natively: for the report's plot and for saying
      // how long the largest size would take.
      if (Counting::Run native = counting.run(counting.runner, counting.box, inputs[i], false, 0); native.value)
        point.seconds = *native.value;
      samples.push_back({static_cast<double>(sizes[i]), static_cast<double>(fs::file_size(inputs[i])),
                         *counted_run.value});
      done.push_back({sizes[i], *counted_run.value});
      if (counting.reference)
        if (std::optional<double> r = counting.reference_count(sizes[i], 1))
          point.reference_instructions = static_cast<std::uint64_t>(*r);
      points.push_back(point);
      if (*counted_run.value - done.front().count >= kSmallWork * done.front().count) ++substantial;
    }
    // Stop early on evidence only: O(n) is the absence of a log factor,
    // which larger sizes show best, so it climbs on while it can.
    if (!stop && static_cast<int>(points.size()) >= kEnoughCountedSizes && substantial >= 3) {
      const GrowthEstimate so_far = estimate_counted(samples);
      if (so_far.growth && *so_far.growth != Growth::Linear) break;
    }
  }
  return ladder;
}

// Two at a time, one per core, in the order given, each while
// `affordable` says it is.
template <typename Affordable, typename One>
void in_pairs(const std::vector<std::size_t>& order, Affordable&& affordable, One&& one) {
  for (std::size_t k = 0; k < order.size() && affordable(order[k]); k += 2) {
    std::future<void> second;
    if (k + 1 < order.size() && affordable(order[k + 1]))
      second = std::async(std::launch::async, [&, k] { one(order[k + 1], 1); });
    one(order[k], 0);
    if (second.valid()) second.get();
  }
}

// The one-interpreter ladder's sizes, and their inputs.
std::vector<std::uint64_t> interpreter_sizes(Counting& counting, std::vector<fs::path>& inputs) {
  const ComplexitySpec& spec = counting.setup.spec;
  std::vector<std::uint64_t> sizes;
  std::uintmax_t bytes = 0;
  // The smallest size times powers of two, from 1/32 of it, so that the
  // smallest size and 8 times it (kLinearReach) are among them.
  for (int step = -5; sizes.size() < kMaxLadderSizes && bytes < kMaxLadderBytes; ++step) {
    const auto n = std::max<std::uint64_t>(2, static_cast<std::uint64_t>(std::llround(std::ldexp(spec.min_size, step))));
    if (n > spec.max_size) break;
    if (!sizes.empty() && n <= sizes.back()) continue;
    sizes.push_back(n);
    inputs.push_back(counting.input(n));
    bytes += fs::file_size(inputs.back());
  }
  return sizes;
}

// The reference's counts beside the candidate's sizes: in one interpreter
// of its own when it is interpreted, else a run per size, two at once.
void add_reference_counts(Counting& counting, std::vector<ComplexityPoint>& points) {
  std::vector<std::size_t> order(points.size());
  std::iota(order.begin(), order.end(), 0);
  if (counting.reference && has_counted_ladder(*counting.reference_runner)) {
    std::vector<std::uint64_t> counted_sizes;
    for (const ComplexityPoint& point : points) counted_sizes.push_back(point.n);
    const std::vector<std::optional<double>> r = counting.reference_counts_in_one_interpreter(counted_sizes);
    for (std::size_t i = 0; i < points.size(); ++i)
      if (r[i]) points[i].reference_instructions = static_cast<std::uint64_t>(*r[i]);
  } else if (counting.reference) {
    in_pairs(order, [](std::size_t) { return true; }, [&](std::size_t i, int slot) {
      if (std::optional<double> r = counting.reference_count(points[i].n, slot))
        points[i].reference_instructions = static_cast<std::uint64_t>(*r);
    });
  }
}

// The native times still missing, largest size first: the one the
// prediction of the problem's largest size grows from, which the hint's
// words need, is always timed; the others, for the plot, while the
// nominal time lasts. A native run is guessed at a fifth of its counted
// one (the counter runs CPython 5-10x slower).
void add_native_times(Counting& counting, std::vector<ComplexityPoint>& points,
                      const std::vector<double>& counted_walls) {
  std::vector<std::size_t> untimed;
  for (std::size_t i = points.size(); i-- > 0;)
    if (points[i].seconds == 0) untimed.push_back(i);
  in_pairs(
      untimed,
      [&](std::size_t i) {
        return i + 1 == points.size() || counted_walls[i] / kCounterSlowdown < counting.nominal_seconds_left();
      },
      [&](std::size_t i, int slot) {
        if (Counting::Run native = counting.run(counting.runner, counting.box, counting.input(points[i].n), false, slot + 2);
            native.value)
          points[i].seconds = *native.value;
      });
}

// Every size in one interpreter (counted_ladder.h): the counts are of the
// program's work alone, without the interpreter's start-up, so the ladder
// simply doubles from well below the problem's smallest size, and the
// server goes as far up as its budget allows. Then the reference's counts
// (kept), and with what is left of the budget the candidate's native CPU
// times still missing, largest first, for the plot and for saying how long
// the problem's largest size would take.
CountedLadder climb_in_one_interpreter(Counting& counting) {
  std::vector<fs::path> inputs;
  const std::vector<std::uint64_t> sizes = interpreter_sizes(counting, inputs);
  // While the server starts its interpreter under the counter (1.5-2 s, on
  // one core), the other core times the program natively, smallest size
  // first, for the plot.
  std::vector<double> native(sizes.size(), 0);
  const Clock::time_point started = Clock::now();
  auto early = std::async(std::launch::async, [&] {
    for (std::size_t i = 0; i < sizes.size(); ++i) {
      const Counting::Run run = counting.run(counting.runner, counting.box, inputs[i], false, 4);
      if (!run.value) return;
      native[i] = *run.value;
      if (std::chrono::duration<double>(Clock::now() - started).count() + 2 * run.wall > kServerStartUp) return;
    }
  });
  const LadderCounts counts =
      count_ladder(counting.runner, counting.counter, counting.box, inputs, counting.limits,
                   {counting.budget.ladder_instructions, counting.budget.size_charge}, counting.seconds_left(),
                   counting.scratch.private_dir(), counting.ladder_log);
  counting.waited(counts.run_queue_ms);
  early.get();
  CountedLadder ladder;
  ladder.out_of_time = counts.out_of_time;
  if (counts.failed) ladder.failed_at = sizes[*counts.failed];
  std::vector<double> counted_walls;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    if (!counts.work[i]) continue;
    counted_walls.push_back(counts.wall[i]);
    ComplexityPoint point;
    point.n = sizes[i];
    point.seconds = native[i];
    point.instructions = *counts.work[i];
    ladder.points.push_back(point);
    ladder.samples.push_back({static_cast<double>(sizes[i]), static_cast<double>(fs::file_size(inputs[i])),
                              static_cast<double>(*counts.work[i])});
  }
  add_reference_counts(counting, ladder.points);
  add_native_times(counting, ladder.points, counted_walls);
  return ladder;
}

// The class the counts show; a tie between neighbours settled beside the
// reference's counts where they compare; nothing claimed past the safety net.
GrowthEstimate estimate_from_counts(const Counting& counting, const CountedLadder& ladder,
                                    const ProbeOptions& options) {
  const ComplexitySpec& spec = counting.setup.spec;
  const Growth expected = counting.setup.expected;
  const Runner& runner = counting.runner;
  const std::vector<ComplexityPoint>& points = ladder.points;
  GrowthEstimate estimate = estimate_counted(ladder.samples);
  if (points.empty()) estimate.reason = "no size was counted";
  if (ladder.failed_at)
    estimate.reason = fmt::format("{}; the program failed at n = {}, which ended the ladder", estimate.reason,
                                  *ladder.failed_at);
  // A log factor is a small share of the count at small sizes: O(n) is only
  // claimed once the ladder has gone well past the problem's smallest size.
  if (estimate.growth == Growth::Linear && !points.empty() &&
      points.back().n < kLinearReach * spec.min_size) {
    estimate.growth.reset();
    estimate.tied = estimate.fits.size() >= 2;
    estimate.confidence = 0;
    estimate.reason = fmt::format("{}, but only up to n = {}: too small to rule out a log factor", estimate.reason,
                                  points.back().n);
    std::stable_partition(estimate.fits.begin(), estimate.fits.end(), [](const ClassFit& f) {
      return f.growth == Growth::Linear || f.growth == Growth::NLogN;
    });
  }
  // A tie settled by the reference (settle_tie_by_reference), on the work
  // past the first size's count, at the sizes past both start-ups.
  std::vector<TimingSample> candidate_work, reference_work;  // in 10^9 instructions
  if (!points.empty() && points.front().instructions && points.front().reference_instructions) {
    const double candidate_first = static_cast<double>(*points.front().instructions);
    const double reference_first = static_cast<double>(*points.front().reference_instructions);
    for (const ComplexityPoint& point : points) {
      if (!point.instructions || !point.reference_instructions) continue;
      const double candidate = static_cast<double>(*point.instructions);
      const double reference = static_cast<double>(*point.reference_instructions);
      if (candidate < kCountPastStartUp * candidate_first || reference < kCountPastStartUp * reference_first) continue;
      const double n = static_cast<double>(point.n);
      candidate_work.push_back({n, (candidate - candidate_first) / 1e9});
      reference_work.push_back({n, (reference - reference_first) / 1e9});
    }
  }
  // Only a reference in the candidate's own language: the counts of a
  // Python program beside a C++ one share neither an interpreter nor its
  // tables' growth (tests/complexity/README.md, "Thresholds of the counted
  // ratio").
  const bool same_language =
      counting.reference_runner != nullptr && counting.reference_runner->language == runner.language;
  if (reference_work.size() >= 3 && same_language)
    settle_tie_by_reference(estimate, expected, ratio_slope(candidate_work, reference_work, kMinComparedWork),
                            kCountKeepsStep, is_interpreted(runner) ? std::optional(kCountLogApart) : std::nullopt,
                            "counts");

  // Past the safety net, the sizes counted are not the ones the work budget
  // chose, so no answer drawn from them is the one a quieter machine gives.
  if (ladder.out_of_time) {
    estimate.growth.reset();
    estimate.tied = false;
    estimate.confidence = 0;
    estimate.reason = fmt::format("the hint ran out of time on this machine (its safety net of {:.0f} s) after "
                                  "counting up to n = {}, before its work budget was spent; {}",
                                  std::chrono::duration<double>(safety_net(options.budget)).count(),
                                  points.empty() ? 0 : points.back().n, estimate.reason);
  }
  return estimate;
}

ComplexityReport report_from_counts(const ComplexitySpec& spec, Growth expected, const GrowthEstimate& estimate,
                                    const CountedLadder& ladder) {
  const std::vector<ComplexityPoint>& points = ladder.points;
  ComplexityReport report;
  report.expected = spec.expected;
  report.measure = "instructions";
  if (estimate.growth) report.estimate = to_big_o(*estimate.growth);
  report.confidence = estimate.confidence;
  report.reason = estimate.reason;
  report.slope = estimate.slope;
  report.slope_margin = estimate.slope_margin;
  report.points = points;
  // How long the largest size would take: the CPU time at the largest size
  // counted, grown as the class grows (its lower terms, which grow slower,
  // are negligible by then). Not from a smaller size, whose time may be
  // mostly start-up.
  std::optional<double> predicted;
  if (estimate.growth && !points.empty() && points.back().seconds > 0 &&
      static_cast<double>(points.back().n) < static_cast<double>(spec.max_size)) {
    const ClassFit unit{*estimate.growth, 0, 1, 0};
    predicted = points.back().seconds * predict(unit, static_cast<double>(spec.max_size)) /
                predict(unit, static_cast<double>(points.back().n));
  }
  if (const auto range = narrowed_range(estimate)) {
    report.range = {to_big_o(range->first), to_big_o(range->second)};
    report.hint = range_hint(*range, expected);
  } else if (estimate.growth) {
    report.hint = growth_hint(estimate, expected, ", counting instructions", spec.max_size, predicted);
  } else if (ladder.out_of_time) {
    report.hint = unsure_hint(Unsure::OutOfTime);
  } else if (ladder.failed_at || points.empty()) {
    // The smallest sizes always run: none counted, within the safety net,
    // means the run ended (an error, a signal) before the first finished.
    report.hint = unsure_hint(Unsure::Failed, ladder.failed_at);
  } else {
    report.hint = unsure_hint(Unsure::Unclear);
  }
  return report;
}

}  // namespace

ComplexityReport probe_by_counts(const Problem& problem, const Runner& runner, const fs::path& box,
                                 const fs::path& cache, const RunLimits& limits, const ProbeOptions& options,
                                 const InstructionCounter& counter) {
  Counting counting(problem, runner, box, cache, limits, options, counter);
  const CountedLadder ladder =
      has_counted_ladder(runner) ? climb_in_one_interpreter(counting) : climb_one_run_per_size(counting);
  const GrowthEstimate estimate = estimate_from_counts(counting, ladder, options);
  return report_from_counts(counting.setup.spec, counting.setup.expected, estimate, ladder);
}

}  // namespace judge
