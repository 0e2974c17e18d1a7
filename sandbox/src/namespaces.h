// The namespaces a run gets (mount, pid, ipc, uts, net; user when not
// root): what this kernel allows, probed once per process.
#pragma once

#include <string>

namespace sandbox::detail {

struct NamespaceSupport {
  bool available = false;     // clone with new mount, pid, ipc, uts (and net) namespaces works
  bool user = false;          // ... only inside a new user namespace (not root)
  bool private_fs = false;    // ... and a tmpfs root with a fresh /proc can be built
  int shared_net = -1;        // an empty network namespace to join (root only); -1: a new one per run
  std::string reason;         // why not, when !available
  std::string fs_reason;      // why no private filesystem
};
const NamespaceSupport& namespace_support();

// An empty directory the child mounts its new root on (in its own mount
// namespace, so the host never sees the mount).
const std::string& new_root_dir();

}  // namespace sandbox::detail
