// The isolation layers in force, reported with every judgement so a result
// says how it was obtained.
#include "layers.h"
#include "run_queue.h"

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

#include "cgroup.h"
#include "namespaces.h"
#include "spawn.h"
#include "landlock.h"
#include "sandbox/sandbox.h"

namespace sandbox {
namespace detail {
namespace {

enum ProbeResult { kNotify = 0, kSeccompOnly = 1, kNothing = 2 };

[[noreturn]] void probe_in_child() {
  // The smallest possible filter: allow everything.
  sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  sock_fprog program{1, &allow};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) _exit(kNothing);
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &program) >= 0) _exit(kNotify);
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) == 0) _exit(kSeccompOnly);
  _exit(kNothing);
}

KernelSupport probe() {
  KernelSupport support;
  pid_t pid = spawn(SIGCHLD, [] { probe_in_child(); });
  if (pid < 0) return support;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status)) return support;
  support.seccomp = WEXITSTATUS(status) == kNotify || WEXITSTATUS(status) == kSeccompOnly;
  support.notify = WEXITSTATUS(status) == kNotify;
  return support;
}

}  // namespace

const KernelSupport& kernel_support() {
  static const KernelSupport support = probe();
  return support;
}

}  // namespace detail

std::vector<std::string> active_layers() {
  const detail::KernelSupport& support = detail::kernel_support();
  const detail::NamespaceSupport& namespaces = detail::namespace_support();
  const detail::CgroupSupport& cgroups = detail::cgroup_support();
  std::vector<std::string> layers;
  if (namespaces.available) {
    if (namespaces.user) layers.push_back("user_namespace");
    for (const char* name : {"pid_namespace", "mount_namespace", "net_namespace", "ipc_namespace", "uts_namespace"})
      layers.push_back(name);
    if (namespaces.private_fs) layers.push_back("private_filesystem");
  }
  // The fence for runs without a private filesystem (no mount namespace).
  if (detail::landlock_abi() > 0) layers.push_back("landlock");
  // Only root makes cgroups for its runs.
  if (geteuid() == 0 && cgroups.version != 0) {
    layers.push_back(cgroups.version == 2 ? "cgroup_v2" : "cgroup_v1");
    if (cgroups.memory) layers.push_back("cgroup_memory");
    if (cgroups.pids) layers.push_back("cgroup_pids");
    if (cgroups.cpu) layers.push_back("cgroup_cpu");
  }
  layers.push_back("rlimits");
  if (support.seccomp) layers.push_back("seccomp");
  if (support.notify) layers.push_back("seccomp_notify");
  layers.push_back("no_new_privs");
  // Only root can give the program an identity of its own; otherwise it
  // runs as the judge's user.
  if (geteuid() == 0) layers.push_back("uid_drop");
  layers.push_back("clean_env");
  layers.push_back("watchdog");
  layers.push_back("process_group_kill");
  if (detail::schedstat_available()) layers.push_back("run_queue_clock");
  return layers;
}

bool layer_active(std::string_view layer) {
  const std::vector<std::string> layers = active_layers();
  return std::find(layers.begin(), layers.end(), layer) != layers.end();
}

std::vector<std::string> missing_layers() {
  const detail::KernelSupport& support = detail::kernel_support();
  const detail::NamespaceSupport& namespaces = detail::namespace_support();
  const detail::CgroupSupport& cgroups = detail::cgroup_support();
  std::vector<std::string> missing;
  if (!namespaces.available) missing.push_back("namespaces: " + namespaces.reason);
  else if (!namespaces.private_fs) missing.push_back("private_filesystem: " + namespaces.fs_reason);
  if (!namespaces.private_fs)
    missing.push_back(detail::landlock_abi() > 0 ? "private_filesystem: Landlock fences the host's filesystem instead"
                                         : "landlock: not in this kernel, so the host's filesystem is readable");
  if (geteuid() != 0) {
    missing.push_back("cgroup: runs get no cgroup of their own (not root)");
    missing.push_back("uid_drop: the program runs as the judge's user (not root)");
  } else if (cgroups.version == 0) {
    missing.push_back("cgroup: " + cgroups.reason);
  } else {
    if (!cgroups.pids) missing.push_back("cgroup_pids: " + cgroups.reason);
    if (!cgroups.cpu) missing.push_back("cgroup_cpu: " + cgroups.reason);
  }
  if (!support.seccomp) missing.push_back("seccomp: the kernel refuses a filter");
  else if (!support.notify) missing.push_back("seccomp_notify: no user notification in this kernel");
  if (!detail::schedstat_available())
    missing.push_back("run_queue_clock: no /proc/<pid>/schedstat, so the wall-clock limit also counts time spent "
                      "waiting for a CPU on a busy machine");
  return missing;
}

}  // namespace sandbox
