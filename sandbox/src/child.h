// What the child does between fork and execve, and how it reports failure.
#pragma once

#include <linux/filter.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/types.h>

#include <string>

namespace sandbox::detail {

// The setup steps, in the order the child makes them.
enum class ChildStep : int {
  Cgroup,
  Network,
  UserNamespace,
  ProcessGroup,
  Descriptors,
  Workdir,
  Filesystem,
  PivotRoot,
  Box,
  Rlimit,
  Groups,
  Gid,
  Uid,
  ParentDeathSignal,
  NoNewPrivs,
  Landlock,
  Seccomp,
  SendListener,
  Execve,
};

// Written to the error pipe as one write (well under PIPE_BUF, so atomic).
struct ChildError {
  ChildStep step;
  int error;   // errno
  int detail;  // for Rlimit: which resource; for Filesystem: which MountStep
};

struct FilesystemPlan;
struct LandlockPlan;

struct RlimitSetting {
  int resource;
  rlimit value;
};

// The limits and the identity the child takes on before exec. Plain data:
// a box keeper receives it from the judge as it is.
struct ChildRestrictions {
  RlimitSetting rlimits[8];
  int rlimit_count;
  // RLIMIT_NPROC, applied only after the identity drop (resource -1: none).
  // Set before it, the drop would flag the child if the uid already had
  // that many tasks (other runs), and the kernel would then fail execve
  // with EAGAIN; set after, it only limits the program's own clones.
  RlimitSetting tasks;
  // Applied last, after the listener has come and gone: the setup itself
  // needs a few descriptors above the program's limit.
  RlimitSetting open_files;

  bool set_groups;  // setgroups(0, NULL): only root may
  bool set_ids;
  uid_t uid;
  gid_t gid;
};

// Everything the child needs, computed by the parent before fork. The
// judge may be multi-threaded: another thread may have held the malloc lock
// at fork, so the child only reads this and makes async-signal-safe calls.
struct ChildPlan {
  const char* path;  // argv[0], resolved against workdir by execve
  const char* display_path;  // argv[0] as the caller gave it (for messages)
  char* const* argv;
  char* const* envp;
  const char* workdir;

  int stdin_fd, stdout_fd, stderr_fd;
  int error_fd;        // write end of the CLOEXEC error pipe
  int listener_socket; // our end of the socketpair; -1 without seccomp

  ChildRestrictions restrictions;

  // Namespaces: made by clone itself; here what the child completes.
  bool pid_namespace;        // the parent is outside: getppid() is 0
  bool user_namespace;       // write these maps first (not root)
  const char* uid_map;
  const char* gid_map;
  int net_fd;                // a shared empty network namespace to join, or -1
  const FilesystemPlan* filesystem;  // null: the host's filesystem
  const LandlockPlan* landlock;  // non-null: fence the filesystem with Landlock (no private root)
  int cgroup_fds[3];         // cgroup.procs of the run's cgroups, joined first
  int cgroup_count;

  const sock_fprog* filter;  // null: no seccomp
  bool exec_through_fd;      // exec the program as kExecFd (the Program profile's one allowed exec)
  pid_t parent;              // to notice a parent that died before PDEATHSIG was armed
  sigset_t program_mask;     // the signal mask the program starts with (empty)
};

[[noreturn]] void run_child(const ChildPlan& plan) noexcept;

// A kept box's child comes in two halves. Arming is everything that does
// not depend on the run: the process group, the identity, no_new_privs and
// the seccomp filter, whose installation (the kernel checks and compiles
// it) is the dearest step of all. A box keeper arms its next child while
// the judge is busy between runs; the launch, once the request is there,
// only wires the run's descriptors, lowers the limits and execs. The child
// is armed with the identity and profile of the last request: the keeper
// throws it away when the next one differs. The plan's listener_socket is
// not used: the keeper passes the listener on.
struct ArmedChild {
  int listener = -1;     // the filter's notification descriptor, for the judge
  ChildError failure{};  // error != 0: arming failed, reported at launch
};
void arm_box_child(const ChildPlan& plan, ArmedChild& armed) noexcept;
[[noreturn]] void launch_box_child(const ChildPlan& plan, const ArmedChild& armed) noexcept;

// Shared with the box keeper (box_keeper.cpp), which builds the same root
// once for many runs. Async-signal-safe, as everything in the child.
void reset_signals();
void close_from(int first);
// Writes a whole small string to a file (a /proc or cgroup control file).
bool write_text(const char* path, const char* text);
// Mounts the steps, pivots into the new root and drops the old one; a
// failure is reported as a ChildError on `report` and ends the process.
void build_private_root(const FilesystemPlan& fs, int report) noexcept;

// In the parent: "execve ./solution: No such file or directory".
std::string describe(const ChildError& error, const ChildPlan& plan);

}  // namespace sandbox::detail
