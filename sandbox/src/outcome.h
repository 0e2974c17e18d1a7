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

Outcome classify(const Observation& seen, const Policy& policy);

}  // namespace sandbox::detail
