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
  std::string forbidden_syscall;  // non-empty: a forbidden call was notified
};

Outcome classify(const Observation& seen, const Policy& policy);

}  // namespace sandbox::detail
