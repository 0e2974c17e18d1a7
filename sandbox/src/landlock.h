// Landlock: the filesystem (and TCP, and scope) fence for runs that get no
// private filesystem, because the kernel or the judge's privileges allow no
// mount namespace. The program may then read and execute the system
// directories and a few files of /etc, read /proc, use the few devices of
// /dev it needs, and read (or write, per Policy::workdir_writable) its
// workdir; nothing else of the host. Where the kernel's Landlock is recent
// enough it also may not bind or connect TCP sockets, connect to abstract
// unix sockets or signal processes outside its own domain.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace sandbox::detail {

// The Landlock ABI version of this kernel; 0 when there is none.
int landlock_abi();

struct LandlockRule {
  const char* path;
  std::uint64_t access;
};

// Prepared by the parent; applied by the child, which may not allocate.
struct LandlockPlan {
  std::vector<std::unique_ptr<std::string>> paths;  // owns every rule's path
  std::vector<LandlockRule> rules;
  std::uint64_t handled_fs = 0, handled_net = 0, scoped = 0;
  std::size_t attr_size = 0;  // of the ruleset attribute this ABI knows
};

// False when the kernel has no Landlock.
bool plan_landlock(const Policy& policy, LandlockPlan& plan);

// In the child, after no_new_privs: 0 or the errno of what failed.
int apply_landlock(const LandlockPlan& plan) noexcept;

}  // namespace sandbox::detail
