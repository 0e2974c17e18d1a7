// The BPF programs behind each SeccompProfile, compiled once per process.
#pragma once

#include <linux/filter.h>

#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace sandbox::detail {

struct CompiledFilter {
  std::vector<sock_filter> code;
  sock_fprog program{};  // points into code; ready for seccomp(2)
  std::string error;     // non-empty: the profile could not be built
};

// Thread-safe; the result lives until the process exits, so the child may
// use program.filter after fork without any allocation. Not for Off.
const CompiledFilter& compiled_filter(SeccompProfile profile);

}  // namespace sandbox::detail
