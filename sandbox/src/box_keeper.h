// A box keeper: the first process of a box's namespaces, living in the
// box's cgroups. It builds the private root once, then serves runs one at
// a time: it renews /tmp and the box directory when the judge says they are
// stale, forks the program (which so inherits the namespaces and the cgroups:
// moving a process into a cgroup costs milliseconds of RCU grace period,
// forking inside one costs nothing), reports its pidfd and, once it is gone,
// its wait status, after killing and reaping whatever else lives in the
// namespace. When the judge goes (its end of the socket closes), the keeper
// kills everything and exits.
//
// It is a fork of a possibly multi-threaded judge that never execs, so it
// keeps to async-signal-safe calls and static buffers, like the child.
#pragma once

#include <linux/filter.h>

#include "filesystem_plan.h"
#include "seccomp_filter.h"

namespace sandbox::detail {

// Prepared by the parent before the clone; read by the keeper.
struct KeeperStart {
  int socket;          // the keeper's end of the SOCK_SEQPACKET pair
  int error_fd;        // a ChildError here means the box could not be built
  const FilesystemPlan* root;
  const char* box;     // the box directory inside the root
  int net_fd;          // the shared empty network namespace, or -1
  int cgroup_fds[3];   // cgroup.procs of the box's cgroups, joined first
  int cgroup_count;
  const sock_fprog* filters[kProfileCount];  // by SeccompProfile; compiled before the clone
};

[[noreturn]] void run_keeper(const KeeperStart& start) noexcept;

// The comm of a keeper's armed child, waiting for the next run under the
// box's uid: a fork of the judge, never a program (a program's comm is its
// binary's name, which the test that looks for leftovers also checks).
constexpr const char* kArmedChildName = "box-armed";

}  // namespace sandbox::detail
