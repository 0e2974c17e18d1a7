#include "outcome.h"

#include <signal.h>
#include <sys/wait.h>

#include <algorithm>

namespace sandbox {
namespace detail {
namespace {

std::int64_t to_us(const timeval& time) {
  return static_cast<std::int64_t>(time.tv_sec) * 1000000 + time.tv_usec;
}

// Without cgroups nothing reports "out of memory": under RLIMIT_AS an
// allocation just fails and the program crashes or gives up. A crash near
// the limit is the best evidence there is.
constexpr std::uint64_t kMemoryEvidencePercent = 90;

// What a forked child faults in of its own before its execve (the code
// and stack of the steps between fork and exec), on top of the resident
// set it was forked with.
constexpr std::int64_t kForkSlackKb = 2048;

// The program's own peak resident set: read as it exited, or its ru_maxrss
// when that is more than it inherited through fork and exec (a program
// killed before its exit); 0 when neither tells anything of it.
std::uint64_t program_peak_rss_kb(const Observation& seen) {
  std::uint64_t own = seen.exit_rss_kb;
  if (seen.usage.ru_maxrss > seen.inherited_rss_kb + kForkSlackKb)
    own = std::max(own, static_cast<std::uint64_t>(seen.usage.ru_maxrss));  // Linux reports KiB
  return own;
}

}  // namespace

std::int64_t own_peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

Outcome classify(const Observation& seen, const Policy& policy) {
  Outcome outcome;
  outcome.exited = WIFEXITED(seen.wait_status);
  if (outcome.exited)
    outcome.exit_code = WEXITSTATUS(seen.wait_status);
  else if (WIFSIGNALED(seen.wait_status))
    outcome.term_signal = WTERMSIG(seen.wait_status);
  outcome.cpu_us = to_us(seen.usage.ru_utime) + to_us(seen.usage.ru_stime);
  // The cgroup also counts what the program's children still running were given.
  if (seen.cgroup_cpu_ms >= 0) outcome.cpu_us = std::max(outcome.cpu_us, seen.cgroup_cpu_ms * 1000);
  outcome.cpu_ms = outcome.cpu_us / 1000;
  outcome.wall_ms = seen.wall_ms;
  outcome.run_queue_ms = std::min(seen.run_queue_ms, seen.wall_ms);
  // Without a cgroup an inherited ru_maxrss is still better than nothing.
  outcome.peak_memory_kb = program_peak_rss_kb(seen);
  if (outcome.peak_memory_kb == 0) outcome.peak_memory_kb = static_cast<std::uint64_t>(seen.usage.ru_maxrss);
  // A box's cgroup starts a run holding page cache of earlier runs, which
  // the peak subtracts but the kernel may reclaim during the run: the
  // program's own peak RSS is a floor, when it is the program's, and a run
  // the OOM killer ended had reached the limit.
  // (RSS also counts shared library pages the cgroup was never charged:
  // the cgroup's limit caps it.)
  if (seen.memory_cgroup) {
    const std::uint64_t limit_kb = policy.memory_bytes / 1024;
    outcome.peak_memory_kb = std::min(std::max(program_peak_rss_kb(seen), seen.cgroup_peak_kb), limit_kb);
    if (seen.oom_killed) outcome.peak_memory_kb = limit_kb;
  }

  // The most specific cause first: a forbidden call is why the parent
  // killed it; the clocks are next because a killed program's other
  // symptoms are consequences of the kill.
  const bool abnormal = !outcome.exited || outcome.exit_code != 0;
  const std::uint64_t limit_kb = policy.memory_bytes / 1024;
  if (!seen.forbidden_syscall.empty()) {
    outcome.limit = Limit::Syscall;
    outcome.syscall = seen.forbidden_syscall;
  } else if (seen.oom_killed) {
    // The kernel's OOM killer ended it in its own cgroup: that is the limit.
    outcome.limit = Limit::Memory;
  } else if (seen.killed_for_output || outcome.term_signal == SIGXFSZ) {
    outcome.limit = Limit::Output;
  } else if (seen.killed_for_cpu || outcome.term_signal == SIGXCPU || outcome.cpu_ms > policy.cpu_limit.count()) {
    outcome.limit = Limit::CpuTime;
  } else if (seen.killed_for_wall) {
    outcome.limit = Limit::WallTime;
  } else if (seen.killed_for_overload) {
    outcome.limit = Limit::Overload;
  } else if (outcome.term_signal == SIGSYS && policy.seccomp != SeccompProfile::Off) {
    // The filter's bad-architecture action kills with SIGSYS (a call
    // through a foreign ABI such as int 0x80). A program that raises
    // SIGSYS itself is judged the same: it asked for it.
    outcome.limit = Limit::Syscall;
    outcome.syscall = "unknown (non-native architecture)";
  } else if (!seen.memory_cgroup && abnormal && outcome.peak_memory_kb * 100 >= limit_kb * kMemoryEvidencePercent) {
    outcome.limit = Limit::Memory;
  }
  return outcome;
}

}  // namespace detail

std::string to_string(Limit limit) {
  switch (limit) {
    case Limit::None: return "none";
    case Limit::CpuTime: return "cpu_time";
    case Limit::WallTime: return "wall_time";
    case Limit::Memory: return "memory";
    case Limit::Output: return "output";
    case Limit::Syscall: return "syscall";
    case Limit::Overload: return "overload";
  }
  return "unknown";
}

}  // namespace sandbox
