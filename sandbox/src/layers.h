// What this kernel and this process let the sandbox apply.
#pragma once

namespace sandbox::detail {

struct KernelSupport {
  bool seccomp = false;  // an unprivileged process can load a filter
  bool notify = false;   // ... with a user-notification listener
};

// Probed once per process, in a throwaway child: loading a filter can't be
// undone, so the judge itself never tries.
const KernelSupport& kernel_support();

}  // namespace sandbox::detail
