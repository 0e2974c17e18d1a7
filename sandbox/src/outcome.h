// Turning what the parent saw into an Outcome.
#pragma once

#include <sys/resource.h>

#include <cstdint>
#include <string>

#include "sandbox/sandbox.h"

namespace sandbox::detail {

struct Observation {
  int wait_status = 0;
  rusage usage{};
  // At least the resident set of the process the program was forked from
  // (the judge, or a box's keeper). Linux carries a process's resident set
  // before execve into its ru_maxrss, and a forked child starts with its
  // parent's resident pages: ru_maxrss up to this figure (and
  // kForkSlackKb) is the forking process's, not the program's.
  std::int64_t inherited_rss_kb = 0;
  // The program's own peak resident set, read as it called exit_group
  // (the largest of its processes'); 0 when it did not get there (killed).
  std::uint64_t exit_rss_kb = 0;
  std::int64_t wall_ms = 0;
  bool killed_for_cpu = false;
  bool killed_for_wall = false;
  bool killed_for_overload = false;  // the real-time ceiling, not the program's own time
  std::int64_t run_queue_ms = 0;
  std::string forbidden_syscall;  // non-empty: a forbidden call was notified
  bool killed_for_output = false;  // an output file reached output_bytes
  bool memory_cgroup = false;      // the run had a memory cgroup: the fields below mean something
  bool oom_killed = false;
  std::uint64_t cgroup_peak_kb = 0;
  std::int64_t cgroup_cpu_ms = -1;  // -1: no cpu cgroup
};

// This process's peak resident set (all threads), in KiB: no less than
// what a child it forks starts with. Allocates nothing (a box's keeper
// calls it).
std::int64_t own_peak_rss_kb();

Outcome classify(const Observation& seen, const Policy& policy);

}  // namespace sandbox::detail
