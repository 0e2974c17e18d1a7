// A run in a process of its own: cloned with new namespaces (where the
// kernel allows), a private root or a Landlock fence, and a fresh cgroup.
#pragma once

#include "run_plan.h"
#include "sandbox/sandbox.h"

namespace sandbox::detail {

Outcome run_unpooled(const Policy& policy, Prepared& run, bool private_fs);

}  // namespace sandbox::detail
