// Over 500 lines for now: the timed ladder is still inline in
// probe_complexity beside the counted ones; issue 18 splits the probe into a
// short entry, the timed ladder and the counted ladders (complexity/).
#include "complexity_probe.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <future>
#include <map>
#include <numeric>
#include <thread>

#include <unistd.h>

#include "complexity_fit.h"
#include "complexity_hint.h"
#include "counted_ladder.h"
#include "engine/base/errors.h"
#include "engine/base/file_publish.h"
#include "engine/base/file_text.h"
#include "engine/base/hashing.h"
#include "engine/base/workspace.h"
#include "engine/compile/trusted_tools.h"
#include "engine/language/run_program.h"
#include "instruction_count.h"
#include "ladder_budget.h"

namespace judge {
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Below this a run's CPU time is mostly start-up and timer granularity:
// the ladder climbs past such sizes without fitting them.
constexpr double kShortestUseful = 0.003;
constexpr std::uint64_t kSeed = kComplexitySeed;
// How much steeper than the expected class's slope the times must grow
// before the hint says "slower than expected".
constexpr double kClearlyFaster = 0.15;
// A candidate keeps step with the reference when the ratio of their times
// grows by less than this on a log-log scale, margin included: half a log
// factor at the sizes measured (a whole one is about 0.1), so that an
// O(n log n) candidate beside an O(n) reference does not pass for O(n).
constexpr double kKeepsStep = 0.05;
// The same with counted work. An extra log factor that is a small share of
// a program's count moves the ratio by as little as 0.02 (sort_pairs.cpp in
// tests/complexity, beside minimum-passes' reference: -0.025, as much as an
// O(n) one), so only work that keeps step almost exactly passes.
constexpr double kCountKeepsStep = 0.01;
// Two interpreted programs' counts, a log factor apart, part by more than
// this; in the same class, by less than half of it. The interpreter's fixed
// cost per operation dominates both, so their ratio is steady; compiled
// programs' counts are swayed by how each parses its input (C++ O(n) files
// in tests/complexity drift up to -0.037 from minimum-passes' reference)
// and get no such rule. Python's, beside their reference.py, past both
// start-ups, the collector off: O(n) -0.002 to 0.005 (margins up to
// 0.0045), O(n log n) beside O(n) 0.010 to 0.039 (`sorted` and heapq, whose
// log factor runs in C, at the low end: not settled), O(n) beside
// O(n log n) -0.057 ± 0.012.
constexpr double kCountLogApart = 0.02;

// The scaling generator's input of size n, cached like generated tests.
// `generator_hash` is the binary's SHA-256, computed once per ladder.
fs::path input_of_size(const Problem& problem, const fs::path& cache, const fs::path& generator,
                       const std::string& generator_hash, std::uint64_t n) {
  const std::string key = Hasher().add(generator_hash).add(std::to_string(n)).add(std::to_string(kSeed)).hex();
  fs::path file = cache / "complexity" / (key + ".in");
  if (fs::exists(file)) return file;
  cache_folder(cache, "complexity", CacheAccess::Private);
  run_generator(generator, {std::to_string(n)}, kSeed, file, problem.complexity->generator);
  return file;
}

int rank(Growth growth) { return static_cast<int>(growth); }

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


// A fingerprint of what a box runs, for keying the reference's counts:
// every regular file in it, by name and content.
std::string box_fingerprint(const fs::path& box) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(box))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Hasher hasher;
  for (const fs::path& file : files) hasher.add(file.filename().string()).add_file(file);
  return hasher.hex();
}

// At most this many sizes are counted; a count does not vary, so one run
// per size says what three would.
constexpr int kMaxCountedSizes = 10;
constexpr int kEnoughCountedSizes = 6;
// O(n) is named only when the largest size counted is at least this many
// times the problem's smallest.
constexpr std::uint64_t kLinearReach = 8;
// The reference's counts are kept, so one is not cut short by what is left
// of a candidate's safety net.
constexpr std::int64_t kReferenceCountMs = 20000;
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

}  // namespace

namespace {

// What both ladders start from.
struct ProbeSetup {
  const ComplexitySpec& spec;
  Growth expected;
  Clock::time_point give_up;
  fs::path generator;  // the scaling generator, built
  std::string generator_hash;
  bool with_reference;
};

ProbeSetup set_up(const Problem& problem, const fs::path& cache, const ProbeOptions& options) {
  const ComplexitySpec& spec = *problem.complexity;
  fs::path generator = build_tool(cache, problem.generator_source(spec.generator));
  std::string generator_hash = sha256_file(generator);
  return {spec,
          *parse_big_o(spec.expected),
          Clock::now() + options.budget,
          std::move(generator),
          std::move(generator_hash),
          options.reference_runner != nullptr && !options.reference_box.empty()};
}

// What a counted ladder works with: the programs, the counter, a scratch
// folder, and the reference's counts, which are kept.
class Counting {
 public:
  Counting(const Problem& problem, const Runner& runner, const fs::path& box, const fs::path& cache,
           const RunLimits& limits, const ProbeOptions& options, const InstructionCounter& counter)
      : problem(problem), runner(runner), box(box), cache(cache), limits(limits), counter(counter),
        setup(set_up(problem, cache, options)), budget(work_budget(options.budget)),
        give_up(Clock::now() + safety_net(options.budget)), candidate(judge::counted(runner, counter)),
        reference_box(options.reference_box), ladder_log(options.ladder_log) {
    if (setup.with_reference) {
      reference.emplace(judge::counted(*options.reference_runner, counter));
      reference_runner = options.reference_runner;
      reference_key = box_fingerprint(options.reference_box);
      // An interpreted reference is counted inside its ladder server, whose
      // every change (the collector turned off, say) moves the counts.
      if (has_counted_ladder(*reference_runner))
        reference_key = Hasher().add(reference_key).add_file(reference_runner->ladder).hex();
    }
  }

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

  fs::path input(std::uint64_t n) const {
    return input_of_size(problem, cache, setup.generator, setup.generator_hash, n);
  }

  // One run, counted or native, in its own slot of output files (two go at
  // once). A counted run may take what is left of the safety net, so that
  // load alone never cuts short a count the work budget chose. `at_least_ms`:
  // a floor under it, for the reference's counts, which are kept.
  Run run(const Runner& who, const fs::path& where, const fs::path& input, bool count, int slot,
          std::int64_t at_least_ms = 200) {
    RunLimits run_limits = limits;
    const std::int64_t left =
        std::max<std::int64_t>(at_least_ms, std::chrono::duration_cast<std::chrono::milliseconds>(deadline() - Clock::now()).count());
    run_limits.cpu_ms = count ? left : std::min<std::int64_t>(left, limits.cpu_ms * 4);
    run_limits.wall_ms = count ? left : std::min<std::int64_t>(left, run_limits.cpu_ms * 2 + 500);
    if (count) run_limits.memory_bytes += kCounterMemory;
    const fs::path errors = scratch.private_dir() / fmt::format("stderr-{}", slot);
    const Clock::time_point start = Clock::now();
    sandbox::Outcome outcome =
        run_program(who, where, input, scratch.private_dir() / fmt::format("output-{}", slot), errors, run_limits);
    waited(outcome.run_queue_ms);
    Run result;
    result.wall = std::chrono::duration<double>(Clock::now() - start).count();
    result.out_of_time = (outcome.limit == sandbox::Limit::WallTime || outcome.limit == sandbox::Limit::CpuTime) &&
                         seconds_left() < 0.1;
    if (!outcome.error.empty() || outcome.limit != sandbox::Limit::None || !outcome.exited || outcome.exit_code != 0)
      return result;
    if (!count) {
      result.value = static_cast<double>(outcome.cpu_us) / 1e6;
    } else if (std::optional<std::uint64_t> instructions = instructions_from_log(read_file(errors))) {
      result.value = static_cast<double>(*instructions);
    }
    return result;
  }

  // The reference's count on an input does not change: kept in the cache,
  // it is counted once per machine, not once per submission.
  std::optional<double> reference_count(std::uint64_t n, int slot) {
    if (std::optional<double> kept = kept_reference_count(n)) return kept;
    Run counted_run = run(*reference, reference_box, input(n), true, slot, kReferenceCountMs);
    if (counted_run.value) keep_reference_count(n, *counted_run.value);
    return counted_run.value;
  }

  // The same for an interpreted reference, every size not kept yet counted
  // in one interpreter (counted_ladder.h).
  std::vector<std::optional<double>> reference_counts_in_one_interpreter(const std::vector<std::uint64_t>& sizes) {
    std::vector<std::optional<double>> counts;
    std::vector<fs::path> inputs;  // of the sizes not kept
    for (std::uint64_t n : sizes) {
      counts.push_back(kept_reference_count(n));
      if (!counts.back()) inputs.push_back(input(n));
    }
    if (inputs.empty()) return counts;
    Workspace ladder_scratch;
    // Every size the candidate reached: the reference's budget is its
    // candidate's sizes, not instructions of its own.
    constexpr double kUnbounded = 1e18;
    const double wall = std::max(kReferenceCountMs / 1000.0, seconds_left());
    const LadderCounts counted = count_ladder(*reference_runner, counter, reference_box, inputs, limits,
                                              {kUnbounded, 0}, wall,
                                              ladder_scratch.private_dir(), ladder_log);
    waited(counted.run_queue_ms);
    for (std::size_t i = 0, j = 0; i < sizes.size(); ++i) {
      if (counts[i]) continue;
      if (const std::optional<std::uint64_t>& work = counted.work[j++]) {
        counts[i] = static_cast<double>(*work);
        keep_reference_count(sizes[i], *counts[i]);
      }
    }
    return counts;
  }

  fs::path kept_count_file(std::uint64_t n) const {
    const std::string input_key = fmt::format("{}:{}:{}", setup.generator_hash, n, kSeed);
    return cache / "complexity" / "counts" /
           (Hasher().add(counter.version).add(reference_key).add(input_key).hex() + ".count");
  }

  std::optional<double> kept_reference_count(std::uint64_t n) const {
    const fs::path file = kept_count_file(n);
    if (!fs::exists(file)) return std::nullopt;
    try {
      return std::stod(read_file(file));
    } catch (const std::exception&) {
      return std::nullopt;  // a torn or foreign file: count again
    }
  }

  void keep_reference_count(std::uint64_t n, double count) const {
    const fs::path file = kept_count_file(n);
    cache_folder(cache, "complexity", CacheAccess::Private);
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    const fs::path partial = temporary_beside(file);
    // Best effort: a count that cannot be kept is counted again next time.
    if (write_file(partial, fmt::format("{:.0f}\n", count))) fs::rename(partial, file, ec);
    if (ec) fs::remove(partial, ec);
  }

  const Problem& problem;
  const Runner& runner;
  const fs::path& box;
  const fs::path& cache;
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
  fs::path reference_box;
  const fs::path ladder_log;
  std::string reference_key;
  Workspace scratch;
};

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

// Every size in one interpreter (counted_ladder.h): the counts are of the
// program's work alone, without the interpreter's start-up, so the ladder
// simply doubles from well below the problem's smallest size, and the
// server goes as far up as its budget allows. Then the reference's counts
// (kept), and with what is left of the budget the candidate's native CPU
// times still missing, largest first, for the plot and for saying how long
// the problem's largest size would take.
CountedLadder climb_in_one_interpreter(Counting& counting) {
  const ComplexitySpec& spec = counting.setup.spec;
  std::vector<std::uint64_t> sizes;
  std::vector<fs::path> inputs;
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
  // Two at a time, one per core, in the order given, each while
  // `affordable` says it is.
  std::vector<ComplexityPoint>& points = ladder.points;
  auto in_pairs = [&](const std::vector<std::size_t>& order, auto&& affordable, auto&& one) {
    for (std::size_t k = 0; k < order.size() && affordable(order[k]); k += 2) {
      std::future<void> second;
      if (k + 1 < order.size() && affordable(order[k + 1]))
        second = std::async(std::launch::async, [&, k] { one(order[k + 1], 1); });
      one(order[k], 0);
      if (second.valid()) second.get();
    }
  };
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
  // The native times still missing, largest size first: the one the
  // prediction of the problem's largest size grows from, which the hint's
  // words need, is always timed; the others, for the plot, while the
  // nominal time lasts. A native run is guessed at a fifth of its counted
  // one (the counter runs CPython 5-10x slower).
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
  return ladder;
}

std::optional<ComplexityReport> probe_by_counts(const Problem& problem, const Runner& runner, const fs::path& box,
                                                const fs::path& cache, const RunLimits& limits,
                                                const ProbeOptions& options, const InstructionCounter& counter) {
  Counting counting(problem, runner, box, cache, limits, options, counter);
  const ComplexitySpec& spec = counting.setup.spec;
  const Growth expected = counting.setup.expected;
  CountedLadder ladder =
      has_counted_ladder(runner) ? climb_in_one_interpreter(counting) : climb_one_run_per_size(counting);
  const std::vector<ComplexityPoint>& points = ladder.points;

  ComplexityReport report;
  report.expected = spec.expected;
  report.measure = "instructions";
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
  // tables' growth (on the corpus, Python's O(n) files drift 0.05 from
  // minimum-passes' C++ reference, its O(n log n) one 0.016).
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

std::optional<ComplexityReport> probe_complexity(const Problem& problem, const Runner& runner, const fs::path& box,
                                                 const fs::path& cache, const RunLimits& limits,
                                                 const ProbeOptions& given) {
  if (!problem.complexity) return std::nullopt;
  const ProbeOptions& options = given;
  // An interpreter's own start-up under the counter (Python: 1-2 s, most
  // of the budget) leaves too few sizes when each size is a run of its
  // own: an interpreted program is counted only through its runner's
  // ladder server (counted_ladder.h), and timed without one, unless the
  // measure is forced to instructions.
  const bool count_anyway = options.measure == ComplexityMeasure::Instructions;
  static const std::optional<InstructionCounter> none;
  const auto& counter = options.measure == ComplexityMeasure::Cpu ? none : instruction_counter();
  if (counter && (!is_interpreted(runner) || has_counted_ladder(runner) || count_anyway))
    return probe_by_counts(problem, runner, box, cache, limits, options, *counter);
  const ProbeSetup setup = set_up(problem, cache, options);
  // Names, not a structured binding: clang 14 (the fuzz and sanitizer
  // build, scripts/instrumented-build) cannot capture bindings in lambdas.
  const ComplexitySpec& spec = setup.spec;
  const Growth& expected = setup.expected;
  const Clock::time_point& give_up = setup.give_up;
  const fs::path& generator = setup.generator;
  const std::string& generator_hash = setup.generator_hash;
  const bool with_reference = setup.with_reference;
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
        run_program(who, where, input, scratch.private_dir() / "output", scratch.private_dir() / "stderr", run_limits);
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
  if (with_reference)
    settle_tie_by_reference(estimate, expected, ratio_slope(ladder.useful, ladder.reference, 0.001, start_up),
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
    report.hint = range_hint(*range, expected);
  } else {
    report.hint = growth_hint(estimate, expected, "", spec.max_size, predicted);
  }
  auto point_at = [](double n, double seconds) {
    ComplexityPoint point;
    point.n = static_cast<std::uint64_t>(n);
    point.seconds = seconds;
    return point;
  };
  for (auto [n, seconds] : estimate.points) report.points.push_back(point_at(n, seconds));
  if (report.points.empty())
    for (const TimingSample& s : ladder.candidate) report.points.push_back(point_at(s.n, s.seconds));
  // The reference's median time beside each size's, for the report's plot.
  std::map<double, std::vector<double>> reference_times;
  for (const TimingSample& s : ladder.reference) reference_times[s.n].push_back(s.seconds);
  for (ComplexityPoint& point : report.points)
    if (auto it = reference_times.find(static_cast<double>(point.n)); it != reference_times.end())
      point.reference_seconds = median_of(it->second);
  std::sort(report.points.begin(), report.points.end(),
            [](const ComplexityPoint& a, const ComplexityPoint& b) { return a.n < b.n; });
  return report;
}

}  // namespace judge
