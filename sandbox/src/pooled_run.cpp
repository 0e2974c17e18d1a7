#include "pooled_run.h"

#include <fcntl.h>
#include <linux/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "box_protocol.h"
#include "cgroup.h"
#include "filesystem_plan.h"
#include "supervisor.h"

namespace sandbox::detail {
namespace {

// Appends a NUL-terminated string; false when the request is full.
bool append(BoxRequest& request, const std::string& text) {
  if (text.find('\0') != std::string::npos || request.strings_size + text.size() + 1 > kMaxRequestStrings) return false;
  std::memcpy(request.strings + request.strings_size, text.c_str(), text.size() + 1);
  request.strings_size += static_cast<std::uint32_t>(text.size() + 1);
  return true;
}

}  // namespace

std::optional<Outcome> run_in_pooled_box(const Policy& policy, Prepared& run, Box& box) {
  RunCgroup fresh;
  RunCgroup* cgroup = &fresh;
  // The keeper is one of the box's tasks.
  const int tasks = task_limit(policy) + 1;
  if (box.cgroup() != nullptr) {
    cgroup = box.cgroup();
    if (std::string error = cgroup->reset(policy.memory_bytes, tasks); !error.empty()) {
      // A box whose cgroup cannot take this run's limits is not worth
      // doubting: a fresh cgroup, unpooled, can.
      box.broken = true;
      return std::nullopt;
    }
  }
  const bool pids_cgroup = cgroup->active() && cgroup_support().pids;

  ChildPlan plan{};
  plan.path = run.arguments[0].c_str();
  plan.display_path = policy.argv[0].c_str();
  plan.workdir = policy.box_path.c_str();
  plan_identity(policy, plan);
  if (policy.uid < 0) {
    // Each box its own uid: RLIMIT_NPROC and the right to signal are per uid.
    plan.restrictions.uid = static_cast<uid_t>(kBoxUidBase + box.index());
    if (policy.gid < 0) plan.restrictions.gid = plan.restrictions.uid;
  }
  plan_limits(policy, plan.restrictions.uid != 0, *cgroup, pids_cgroup, plan);
  plan.pid_namespace = true;

  static thread_local std::unique_ptr<BoxRequest> storage = std::make_unique<BoxRequest>();
  BoxRequest& request = *storage;
  request.strings_size = 0;
  if (run.arguments.size() + policy.env.size() > static_cast<std::size_t>(kMaxArguments)) return std::nullopt;
  if (!append(request, run.arguments[0])) return std::nullopt;
  for (const std::string& argument : run.arguments)
    if (!append(request, argument)) return std::nullopt;
  for (const std::string& variable : policy.env)
    if (!append(request, variable)) return std::nullopt;
  std::vector<BoxEntry> entries;
  if (!policy.workdir_writable) entries = box_entries(run.workdir);
  if (entries.size() > static_cast<std::size_t>(kMaxBoxEntries)) return std::nullopt;
  for (const BoxEntry& entry : entries)
    if (!append(request, (entry.directory ? "d" : "f") + entry.name)) return std::nullopt;
  request.argc = static_cast<std::uint16_t>(run.arguments.size());
  request.envc = static_cast<std::uint16_t>(policy.env.size());
  request.entry_count = static_cast<std::uint16_t>(entries.size());

  // What of the box must be made anew for this run.
  const bool box_ready = box.box_ready(run.workdir, policy.workdir_writable, policy.box_bytes, entries);
  // A read-only box is rebuilt through /tmp, which is then renewed too.
  const bool tmp_ready = (box_ready || policy.workdir_writable) && box.tmp_ready(policy.tmp_bytes);
  Fd tree;
  if (!box_ready) {
    // A detached copy of the workdir's mount, which the keeper attaches in
    // its own mount namespace: a bind from here could not cross over.
    tree.reset(static_cast<int>(
        syscall(SYS_open_tree, AT_FDCWD, run.workdir.c_str(), OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_RECURSIVE)));
    if (!tree) return std::nullopt;  // unpooled, the run says what is wrong with the workdir
  }
  request.separate_stderr = run.files.err ? 1 : 0;
  request.has_tree = tree ? 1 : 0;
  request.writable = policy.workdir_writable ? 1 : 0;
  request.renew_tmp = tmp_ready ? 0 : 1;
  request.profile = static_cast<std::uint8_t>(policy.seccomp);
  request.tmp_bytes = policy.tmp_bytes;
  request.box_bytes = policy.box_bytes;
  request.keep_flags = workdir_mount_flags(run.workdir);
  request.restrictions = plan.restrictions;

  std::vector<int> fds = {run.files.in.get(), run.files.out.get()};
  if (run.files.err) fds.push_back(run.files.err.get());
  fds.push_back(run.error_write.get());
  if (tree) fds.push_back(tree.get());

  const Clock::time_point start = Clock::now();
  Fd program, listener;
  pid_t pid = -1;
  if (std::string error = box.start(request, fds, program, listener, pid); !error.empty()) {
    // Nothing ran: unpooled, the run may still work (and say what fails).
    return std::nullopt;
  }
  // The program's copies are the only ones that count now.
  run.error_write.reset();
  run.files.in.reset();
  tree.reset();
  Supervisor supervisor(policy, plan, pid, start, std::move(run.error_read), Fd(), *cgroup, run.files, &box,
                        std::move(program), std::move(listener));
  return supervisor.supervise();
}

}  // namespace sandbox::detail
