#include "unpooled_run.h"

#include <fmt/format.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "cgroup.h"
#include "filesystem_plan.h"
#include "landlock.h"
#include "namespaces.h"
#include "spawn.h"
#include "supervisor.h"

namespace sandbox::detail {

Outcome run_unpooled(const Policy& policy, Prepared& run, bool private_fs) {
  const NamespaceSupport& namespaces = namespace_support();
  FilesystemPlan filesystem;
  LandlockPlan landlock;
  bool fenced = false;
  if (private_fs) {
    if (std::string error = plan_filesystem(policy, filesystem); !error.empty()) return failure(error);
  } else {
    fenced = plan_landlock(policy, landlock);
  }
  std::vector<char*> argv = c_strings(run.arguments);
  std::vector<char*> envp = c_strings(policy.env);

  const bool root = geteuid() == 0;
  RunCgroup cgroup;
  if (root) {
    if (std::string error = cgroup.create(policy.memory_bytes, task_limit(policy)); !error.empty())
      return failure("cgroup: " + error);
  }
  const bool pids_cgroup = cgroup.active() && cgroup_support().pids;

  ChildPlan plan{};
  plan.path = argv[0];
  plan.display_path = policy.argv[0].c_str();
  plan.argv = argv.data();
  plan.envp = envp.data();
  plan.workdir = run.workdir.c_str();
  plan.stdin_fd = run.files.in.get();
  plan.stdout_fd = run.files.out.get();
  plan.stderr_fd = run.files.err_fd();
  plan.error_fd = run.error_write.get();
  if (run.filter != nullptr) {
    // The child sends its filter's listener back over this.
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) return failure(errno_message("socketpair", errno));
    run.socket_parent.reset(pair[0]);
    run.socket_child.reset(pair[1]);
  }
  plan.listener_socket = run.socket_child ? run.socket_child.get() : -1;
  plan_identity(policy, plan);
  plan_limits(policy, root && plan.restrictions.uid != 0, cgroup, pids_cgroup, plan);
  unsigned long clone_flags = SIGCHLD;
  std::string uid_map, gid_map;
  plan.net_fd = -1;
  if (namespaces.available) {
    clone_flags |= CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS;
    if (namespaces.shared_net >= 0) plan.net_fd = namespaces.shared_net;
    else clone_flags |= CLONE_NEWNET;
    plan.pid_namespace = true;
    if (namespaces.user) {
      clone_flags |= CLONE_NEWUSER;
      plan.user_namespace = true;
      // The program keeps its ids inside: it is no root there either.
      uid_map = fmt::format("{0} {0} 1", getuid());
      gid_map = fmt::format("{0} {0} 1", getgid());
      plan.uid_map = uid_map.c_str();
      plan.gid_map = gid_map.c_str();
      plan.restrictions.set_groups = false;
      plan.restrictions.set_ids = false;
    }
  }
  plan.filesystem = private_fs ? &filesystem : nullptr;
  plan.landlock = fenced ? &landlock : nullptr;
  for (int i = 0; i < cgroup.join_count; ++i) plan.cgroup_fds[i] = cgroup.join_fds[i];
  plan.cgroup_count = cgroup.join_count;
  plan.filter = run.filter != nullptr ? &run.filter->program : nullptr;
  plan.exec_through_fd = is_program(policy.seccomp);
  plan.parent = getpid();
  sigemptyset(&plan.program_mask);

  const Clock::time_point start = Clock::now();
  pid_t pid = spawn(clone_flags, [&plan] { run_child(plan); });
  if (pid < 0) return failure(errno_message("fork", errno));

  // Also here, so a kill(-pid) right away cannot miss a child that has not
  // run yet. EACCES once the child has exec'd is fine: it did it itself.
  setpgid(pid, pid);
  // The child's copies are the only ones that count now.
  run.error_write.reset();
  run.socket_child.reset();
  run.files.in.reset();  // stdout and stderr stay: the parent watches their size

  Supervisor supervisor(policy, plan, pid, start, std::move(run.error_read), std::move(run.socket_parent), cgroup,
                        run.files);
  return supervisor.supervise();
}

}  // namespace sandbox::detail
