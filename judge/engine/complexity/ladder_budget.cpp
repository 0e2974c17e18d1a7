#include "ladder_budget.h"

#include <algorithm>
#include <cmath>

namespace judge {

namespace {

// The counter's pace on one core of a quiet 2-core machine like the one the
// budget was chosen on (cachegrind, cache simulation off: 2.5-4 x 10^8
// instructions a second for compiled loops and CPython alike). Only the
// conversion of the nominal seconds: a slower machine takes longer over the
// same sizes instead of counting fewer.
constexpr double kPace = 2.5e8;
// Both ladders keep two cores busy: two sizes counted at once.
constexpr double kCores = 2;
// Valgrind's start-up for a compiled program: 0.3-0.5 s.
constexpr double kRunStartUp = 0.4;
// The one-run-per-size ladder's share of the nominal time; the rest is for
// the native runs beside each count and the generator.
constexpr double kCountingShare = 0.8;
// The one-interpreter ladder's share of the nominal time (the rest is for
// the native times missing after it).
constexpr double kLadderShare = 0.95;
// Forking a size's two children and translating the program's code afresh
// in the work child: about 0.1 s.
constexpr double kSizeStartUp = 0.1;
// How many times the nominal time the hint may take before it gives up.
// Four busy loops per core (eight on two cores, beside the judge's own
// work) stretched the hint 4-6x here, so 4x cut every ladder short on such
// a machine (every reference in problems/ "ran out of time" at 20 s); 8x
// leaves that load room, and still ends a run the count mispredicted (a
// program that sleeps, say) within 40 s.
constexpr int kSafetyFactor = 8;

}  // namespace

WorkBudget work_budget(std::chrono::milliseconds nominal) {
  const double seconds = std::chrono::duration<double>(nominal).count();
  WorkBudget budget;
  budget.instructions = seconds * kCountingShare * kCores * kPace;
  budget.run_charge = kRunStartUp * kPace;
  // The server's own start-up keeps one core busy while the other times
  // the program natively: it is taken off the time, not charged per core.
  budget.ladder_instructions = std::max(0.0, seconds * kLadderShare - kServerStartUp) * kCores * kPace;
  budget.size_charge = kSizeStartUp * kPace;
  return budget;
}

std::chrono::milliseconds safety_net(std::chrono::milliseconds nominal) { return nominal * kSafetyFactor; }

std::vector<std::uint64_t> next_counted_sizes(const std::vector<CountedSize>& done, const LadderBounds& bounds,
                                              const WorkBudget& budget) {
  const int room = bounds.max_sizes - static_cast<int>(done.size());
  if (room <= 0) return {};
  if (done.empty()) {
    // A count is exact at any size: the first ones are mostly start-up,
    // for steering the ladder and comparing the two programs' work.
    const std::uint64_t n = std::max<std::uint64_t>(2, bounds.min_size / 32);
    if (n > bounds.max_size) return {};
    std::vector<std::uint64_t> sizes = {n};
    if (n * 4 <= bounds.max_size && room >= 2) sizes.push_back(n * 4);
    return sizes;
  }
  const double start_up = done.front().count;
  auto work_of = [&](const CountedSize& size) { return std::max(0.0, size.count - start_up); };
  auto step_after = [&](double work) -> std::uint64_t { return work < kSmallWork * start_up ? 4 : 2; };
  // The work's growth per doubling, from the last two sizes that did any.
  double per_doubling = 2;
  for (std::size_t i = 1; i < done.size(); ++i) {
    const double before = work_of(done[i - 1]), after = work_of(done[i]);
    if (before > 0 && after > 0)
      per_doubling = std::max(
          2.0, std::pow(after / before, 1.0 / std::log2(static_cast<double>(done[i].n) / static_cast<double>(done[i - 1].n))));
  }
  auto grown = [&](double work, std::uint64_t from, std::uint64_t to) {
    return work * std::pow(per_doubling, std::log2(static_cast<double>(to) / static_cast<double>(from)));
  };
  double spent = 0;
  for (const CountedSize& size : done) spent += budget.run_charge + size.count;
  const CountedSize& last = done.back();
  const std::uint64_t first = last.n * step_after(work_of(last));
  if (first > bounds.max_size) return {};
  const double first_work = grown(work_of(last), last.n, first);
  const double first_cost = budget.run_charge + start_up + first_work;
  if (spent + first_cost > budget.instructions) return {};
  std::vector<std::uint64_t> sizes = {first};
  const std::uint64_t second = first * step_after(first_work);
  const double second_cost = budget.run_charge + start_up + grown(first_work, first, second);
  if (second <= bounds.max_size && room >= 2 && spent + first_cost + second_cost <= budget.instructions)
    sizes.push_back(second);
  return sizes;
}

}  // namespace judge
