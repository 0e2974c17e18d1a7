// Time a run spent waiting for a CPU: runnable, but the machine gave its
// core to someone else. That time is the machine's, not the program's, so
// the wall-clock limit (which exists to catch programs that sleep or block)
// must not count it: on a 2-core machine with 10 busy loops beside it, a
// correct Python solution using 900 ms of CPU sat 6.4 s on the wall clock.
//
// The kernel keeps it per task in /proc/<tid>/schedstat (CONFIG_SCHED_INFO):
// "<ns on a CPU> <ns waiting on a run queue> <timeslices>". The parent reads
// it for every task of the run each time it samples the clocks and sums
// what each task waited since the parent first saw it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace sandbox::detail {

struct SchedStat {
  std::uint64_t on_cpu_ns = 0;
  std::uint64_t run_delay_ns = 0;
};

// One schedstat line; nullopt when it is not one.
std::optional<SchedStat> parse_schedstat(std::string_view text);

// Whether this kernel keeps schedstat for tasks (read once).
bool schedstat_available();

// What the run's tasks waited on run queues, summed over the tasks. A task
// is counted from the first sample that sees it: what it waited before
// (a box keeper's whole past, a new thread's first milliseconds) is not
// the run's, or is lost, which errs on the program's side of the limit
// by at most one sampling interval per task. A task that is gone keeps
// the total it had when last seen.
//
// Summing over tasks can count the same moment twice when two of the
// run's threads wait at once; such a program is runnable, not sleeping,
// and its CPU limit is what stops it, so the overcount only ever makes
// the wall limit lenient towards a program that is computing.
class RunQueueDelay {
 public:
  // One task's reading at this sample.
  void observe(pid_t tid, std::uint64_t run_delay_ns);
  std::uint64_t total_ns() const;

 private:
  struct Seen {
    std::uint64_t first = 0;    // the reading when first seen
    std::uint64_t last = 0;     // the latest reading
    std::uint64_t carried = 0;  // what earlier tasks under this tid waited
  };
  std::map<pid_t, Seen> tasks_;
};

// The tasks to sample: every thread of the run's cgroup (`tasks_file`, a
// cgroup's tasks or cgroup.threads) or, without one, the threads of `pid`.
std::vector<pid_t> run_tasks(const std::string& tasks_file, pid_t pid);

// Reads /proc/<tid>/schedstat; nullopt when the task is gone.
std::optional<SchedStat> read_schedstat(pid_t tid);

}  // namespace sandbox::detail
