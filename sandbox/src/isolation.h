// Namespaces, the private filesystem view and cgroups: what the kernel
// offers is probed once per process; per run, the parent prepares a
// filesystem plan and a cgroup, the child applies them.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fd.h"
#include "sandbox/sandbox.h"

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

// ---------------------------------------------------------------------------
// cgroups

struct CgroupSupport {
  int version = 0;  // 0: none, 1, 2
  bool memory = false, pids = false, cpu = false;
  std::string memory_base, pids_base, cpu_base;  // v1: one per hierarchy; v2: all the same
  std::string reason;                            // why not (or why partly)
};
const CgroupSupport& cgroup_support();

// One run's cgroup(s). Created before the clone, removed by the destructor.
class RunCgroup {
 public:
  RunCgroup() = default;
  ~RunCgroup();
  RunCgroup(const RunCgroup&) = delete;
  RunCgroup& operator=(const RunCgroup&) = delete;

  // "" on success. `tasks` <= 0: no pids limit.
  std::string create(std::uint64_t memory_bytes, int tasks);
  // For a cgroup kept across runs (a box's, cgroup v1 only): sets this
  // run's limits and restarts the counters, so the figures below are the
  // run's own. "" or what failed.
  std::string reset(std::uint64_t memory_bytes, int tasks);
  bool active() const { return !dirs_.empty(); }
  bool has_memory() const { return !memory_dir_.empty(); }
  bool has_cpu() const { return cpu_fd_ >= 0; }

  // cgroup.procs descriptors the child writes "0" into (up to 3).
  int join_fds[3] = {-1, -1, -1};
  int join_count = 0;

  // The file listing every thread of the run ("" without a cgroup).
  std::string tasks_file() const;
  std::int64_t cpu_ms() const;       // -1: unknown
  std::uint64_t peak_kb() const;     // 0: unknown
  // OOM kills in this cgroup; `sigkilled`: the program died of a SIGKILL
  // the parent did not send (for kernels that do not count OOM kills).
  std::uint64_t oom_kills(bool sigkilled) const;
  void kill_all() const;

 private:
  int control(const std::string& path, bool write) const;
  std::string read_control(const std::string& path) const;
  bool write_control(const std::string& path, const std::string& text) const;

  std::vector<std::string> dirs_;
  mutable std::map<std::string, Fd> files_;  // open control files, by "r"/"w" + path
  std::string memory_dir_, pids_dir_, cpu_dir_;
  std::vector<Fd> join_;
  int cpu_fd_ = -1;
  Fd cpu_file_;
  // What a reused cgroup held when the run began.
  std::uint64_t memory_limit_ = 0;
  int tasks_limit_ = 0;
  std::uint64_t usage_at_start_ = 0;
  std::uint64_t oom_kills_at_start_ = 0;
};

}  // namespace sandbox::detail
