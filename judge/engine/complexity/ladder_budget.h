// How far the complexity hint's counted ladders climb, decided from
// instruction counts alone. A wall-clock budget lets a busy machine reach
// fewer sizes than a quiet one, so the same submission got "not sure" on a
// loaded server and a clear answer on a laptop. Counted in work, the sizes
// reached, and so the estimate, depend only on the program and its inputs;
// the clock is kept only as a safety net (safety_net), whose tripping the
// report names as such.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

namespace judge {

// The hint's nominal time (ProbeOptions::budget: 5 s, or $JUDGE_HINT_BUDGET)
// as instruction-equivalents, with the counter's fixed costs charged in the
// same unit. Fixed constants, never this machine's speed: every machine
// climbs the same ladder.
struct WorkBudget {
  // For a ladder of one counted run per size: instructions counted plus
  // run_charge per run, summed over every run.
  double instructions = 0;
  // A counted run's start-up under Valgrind, in instructions it could have
  // counted meanwhile.
  double run_charge = 0;
  // For the one-interpreter ladder (counted_ladder.h): the work children's
  // instructions, the null twins' left out, plus size_charge per size.
  double ladder_instructions = 0;
  // One size in that ladder: forking its two children and translating the
  // program's code afresh in the work child.
  double size_charge = 0;
};
WorkBudget work_budget(std::chrono::milliseconds nominal);

// The time after which the hint stops whatever it is doing: 8 times the
// nominal time, far beyond what the work budget takes on a quiet machine.
// It is the hint's own time: what its runs waited for a busy machine's CPU
// is added to it (complexity_probe.cpp, Counting::deadline), so that load
// alone does not trip it; a machine too slow for the work does.
std::chrono::milliseconds safety_net(std::chrono::milliseconds nominal);

// A size counted by a one-run-per-size ladder.
struct CountedSize {
  std::uint64_t n = 0;
  double count = 0;  // instructions, the program's start-up included
};

struct LadderBounds {
  std::uint64_t min_size = 1, max_size = 1;  // the problem's
  int max_sizes = 10;                        // counted sizes at most
};

// CPython's start-up under the counter, seconds on one core: the
// one-interpreter ladder pays it once, and the judge times the program
// natively on the other core meanwhile.
inline constexpr double kServerStartUp = 2;

// Below this share of the first count (mostly start-up), a size's work says
// little: the ladder quadruples past such sizes instead of doubling.
inline constexpr double kSmallWork = 0.25;

// The one-run-per-size ladder's next step, from the counts so far (sizes
// ascending): the one or two sizes to count next, at once, or none to stop.
// The first step starts well below the problem's smallest size, where any
// program is affordable; after it, a size is counted only while the counts
// so far, their start-up charges and the predicted count of what is to come
// (the last work grown at the last doubling's pace, at least linearly) fit
// the budget.
std::vector<std::uint64_t> next_counted_sizes(const std::vector<CountedSize>& done, const LadderBounds& bounds,
                                              const WorkBudget& budget);

}  // namespace judge
