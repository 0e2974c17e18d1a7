// The private filesystem view: the parent computes a plan of mount steps
// (a tmpfs root, read-only system folders, the box), the child applies it.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace sandbox::detail {

// One step of building the private root, computed by the parent.
struct MountStep {
  enum Kind { Mkdir, Touch, Symlink, Mount, Proc } kind;
  const char* source;
  const char* target;
  const char* fstype;
  unsigned long flags;
  const char* data;
  bool optional;  // a failure is ignored (e.g. a remount that cannot add a flag)
};

struct FilesystemPlan {
  std::vector<std::unique_ptr<std::string>> strings;  // owns every path below
  std::vector<MountStep> steps;
  const char* root = nullptr;
  const char* box = nullptr;  // inside the new root, after pivot_root

  const char* keep(std::string s);
};

// Fills `plan` for `policy`; returns an error message or "".
std::string plan_filesystem(const Policy& policy, FilesystemPlan& plan);

// The root a box keeper builds once: plan_filesystem's system part, with
// empty mount points for /tmp and the box, made read-only.
std::string plan_box_root(const std::string& box_path, FilesystemPlan& plan);

// What of a workdir is shown in a read-only box: its directories and
// regular files, never its symlinks, FIFOs or sockets.
struct BoxEntry {
  std::string name;
  bool directory;
  dev_t device;
  ino_t inode;
};
std::vector<BoxEntry> box_entries(const std::string& workdir);

// Flags a bind of the workdir must keep (a user namespace may not drop them).
unsigned long workdir_mount_flags(const std::string& workdir);

// Rewrites an argv element under policy.workdir to the same file under box_path.
std::string to_box_path(const Policy& policy, const std::string& arg);

}  // namespace sandbox::detail
