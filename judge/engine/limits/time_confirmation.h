// When a test's run is not the last word on its time: a run the machine
// was too busy to finish (sandbox Limit::Overload) is graded again, and a
// time-out close to the limit is confirmed by running it again, as large
// judges do for contested time-outs, because CPU time itself grows when
// other work shares the caches and the memory bus (scripts/bench/fairness
// measures by how much). Pure rules, so they are tested without timing.
#pragma once

#include <cstdint>
#include <vector>

#include <sandbox/sandbox.h>

namespace judge {

// A finished run whose CPU time is over the limit by at most this factor
// is borderline: its time-out is confirmed. The watchdog lets a run go on
// to this factor of the limit, so that a borderline run finishes and says
// how far over it was; one stopped there is a clear time-out.
constexpr double kBorderlineFactor = 1.5;
// Extra runs that confirm a borderline time-out; the least CPU time counts.
constexpr int kConfirmingRuns = 2;
// Extra runs of a test the machine was too busy to finish, each after a
// pause that grows, before the judge gives up with an internal error.
constexpr int kOverloadRetries = 2;

// The CPU time at which the watchdog stops a run whose limit is `limit_ms`.
std::int64_t watchdog_cpu_ms(std::int64_t limit_ms);

// Whether the run finished (or stopped for another reason) over the limit
// but within kBorderlineFactor of it, without the watchdog stopping it.
bool is_borderline_time_out(const sandbox::Outcome& outcome, std::int64_t limit_ms);

// Whether the machine, not the program, ended the run.
bool is_overloaded(const sandbox::Outcome& outcome);

// Of several runs of one test, the index of the one that counts: the least
// CPU time among those the machine finished (an overloaded run says nothing
// of the program), the first on a tie. 0 when all were overloaded.
std::size_t run_that_counts(const std::vector<sandbox::Outcome>& runs);

}  // namespace judge
