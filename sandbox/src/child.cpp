// The child between fork and execve: it narrows what it may do, step by
// step, and only then becomes the program. Each step only takes away
// (descriptors, directory, limits, identity, system calls); the order is
// set by what the later steps still need: privileged work (chdir, the
// limits a non-root uid could not set) before the identity drop, the drop
// before seccomp (the filter forbids the setuid family), the filter last of
// all. A Program's filter forbids exec but for the one execveat of
// kExecFd, where the child put the binary before anything else.
//
// Only async-signal-safe calls from here on: no malloc, no stdio, no
// exceptions, no glibc wrappers that take locks.
#include "child.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "fd_passing.h"
#include "filesystem_plan.h"
#include "seccomp_filter.h"
#include "landlock.h"

namespace sandbox::detail {
namespace {

// Descriptor numbers the program never sees: both are CLOEXEC.
constexpr int kErrorFd = 3;
constexpr int kSocketFd = 4;
constexpr int kFirstFree = 5;

// Where a failure is reported; the pipe moves to kErrorFd during setup.
// Only ever written in a child, in its own copy of memory.
int report_fd = -1;

[[noreturn]] void fail(ChildStep step, int error, int detail = 0) {
  ChildError message{step, error, detail};
  while (write(report_fd, &message, sizeof message) < 0 && errno == EINTR) {
  }
  // exit, not exit_group (_exit): once a Program's filter is on, exit_group
  // waits for the parent to answer a notification, and a child that failed
  // to send its listener would wait for itself. It has one thread.
  syscall(SYS_exit, 127);
  __builtin_unreachable();
}

}  // namespace

void reset_signals() {
  // Handlers would run the judge's code in this half-born process, and an
  // ignored disposition (SIGPIPE, say) survives execve.
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; ++sig) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    // glibc reserves a few real-time signals and refuses them: harmless.
    sigaction(sig, &default_action, nullptr);
  }
}

bool write_text(const char* path, const char* text) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  ssize_t n = write(fd, text, strlen(text));
  close(fd);
  return n == static_cast<ssize_t>(strlen(text));
}

void close_from(int first) {
  if (syscall(SYS_close_range, first, ~0U, 0) == 0) return;
  rlimit limit{};
  int last = getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY
                 ? static_cast<int>(limit.rlim_cur)
                 : 65536;
  for (int fd = first; fd < last; ++fd) close(fd);
}

namespace {

// Leaves exactly 0, 1, 2 (the program's), kErrorFd and kSocketFd open.
void arrange_descriptors(const ChildPlan& plan) {
  // Copy everything above the target slots first, so no dup2 below can
  // overwrite a descriptor still to be moved (the judge itself may have
  // been started with 0-2 closed, and then our pipes live there).
  int sources[] = {plan.stdin_fd, plan.stdout_fd, plan.stderr_fd, plan.error_fd, plan.listener_socket};
  int copies[5];
  for (int i = 0; i < 5; ++i) {
    if (sources[i] < 0) {
      copies[i] = -1;
      continue;
    }
    copies[i] = fcntl(sources[i], F_DUPFD_CLOEXEC, kFirstFree);
    if (copies[i] < 0) fail(ChildStep::Descriptors, errno);
    if (i == 3) report_fd = copies[i];
  }
  // dup2 clears CLOEXEC: these three are the program's.
  for (int target = 0; target < 3; ++target)
    if (dup2(copies[target], target) < 0) fail(ChildStep::Descriptors, errno);
  if (dup3(copies[3], kErrorFd, O_CLOEXEC) < 0) fail(ChildStep::Descriptors, errno);
  report_fd = kErrorFd;
  if (copies[4] >= 0 && dup3(copies[4], kSocketFd, O_CLOEXEC) < 0) fail(ChildStep::Descriptors, errno);
  close_from(kFirstFree);
}

void set_rlimit(const RlimitSetting& setting) {
  if (setrlimit(setting.resource, &setting.value) != 0)
    fail(ChildStep::Rlimit, errno, setting.resource);
}

// 0, or the errno of the step it names in `step`.
int drop_identity(const ChildPlan& plan, ChildStep& step) {
  // Raw system calls: glibc's setuid family signals every thread of the
  // process to keep their credentials in step, machinery that has no
  // business running in a forked child.
  step = ChildStep::Groups;
  if (plan.restrictions.set_groups && syscall(SYS_setgroups, 0, nullptr) != 0) return errno;
  if (!plan.restrictions.set_ids) return 0;
  step = ChildStep::Gid;
  if (syscall(SYS_setresgid, plan.restrictions.gid, plan.restrictions.gid, plan.restrictions.gid) != 0) return errno;
  step = ChildStep::Uid;
  if (syscall(SYS_setresuid, plan.restrictions.uid, plan.restrictions.uid, plan.restrictions.uid) != 0) return errno;
  return 0;
}

void die_with_parent(const ChildPlan& plan) {
  // Armed after the identity change, which clears it. It fires when the
  // forking *thread* exits; run() keeps that thread until the end.
  if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) fail(ChildStep::ParentDeathSignal, errno);
  if (!plan.pid_namespace) {
    if (getppid() != plan.parent) fail(ChildStep::ParentDeathSignal, ESRCH);
    return;
  }
  // The parent is outside our pid namespace; the error pipe tells whether
  // it still exists: its read end is gone with it.
  pollfd pipe_end{kErrorFd, 0, 0};
  if (poll(&pipe_end, 1, 0) > 0 && (pipe_end.revents & POLLERR)) fail(ChildStep::ParentDeathSignal, ESRCH);
}

// Before anything else: the descriptors come from the parent's numbering.
void enter_namespaces_and_cgroups(const ChildPlan& plan) {
  // Writing 0 moves the writer; its pid here would be that of the new pid namespace.
  for (int i = 0; i < plan.cgroup_count; ++i)
    if (write(plan.cgroup_fds[i], "0", 1) != 1) fail(ChildStep::Cgroup, errno);
  if (plan.user_namespace) {
    if (!write_text("/proc/self/setgroups", "deny") || !write_text("/proc/self/uid_map", plan.uid_map) ||
        !write_text("/proc/self/gid_map", plan.gid_map))
      fail(ChildStep::UserNamespace, errno);
  }
  if (plan.net_fd >= 0 && setns(plan.net_fd, CLONE_NEWNET) != 0) fail(ChildStep::Network, errno);
  if (plan.pid_namespace) {
    static const char kName[] = "sandbox";
    sethostname(kName, sizeof kName - 1);
  }
}

}  // namespace

void build_private_root(const FilesystemPlan& fs, int report) noexcept {
  report_fd = report;
  // Nothing mounted from here on may reach the host's namespace.
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) fail(ChildStep::Filesystem, errno, -1);
  int index = 0;
  for (const MountStep& step : fs.steps) {
    int rc = 0;
    switch (step.kind) {
      case MountStep::Mkdir:
        rc = mkdir(step.target, 0755);
        if (rc != 0 && errno == EEXIST) rc = 0;
        break;
      case MountStep::Touch: {
        int fd = open(step.target, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        rc = fd < 0 ? -1 : close(fd);
        break;
      }
      case MountStep::Symlink: rc = symlink(step.source, step.target); break;
      case MountStep::Mount:
      case MountStep::Proc: rc = mount(step.source, step.target, step.fstype, step.flags, step.data); break;
    }
    if (rc != 0 && !step.optional) fail(ChildStep::Filesystem, errno, index);
    ++index;
  }
  if (chdir(fs.root) != 0) fail(ChildStep::PivotRoot, errno);
  // The old root ends up stacked under the new one, then goes.
  if (syscall(SYS_pivot_root, ".", ".") != 0) fail(ChildStep::PivotRoot, errno);
  if (umount2(".", MNT_DETACH) != 0) fail(ChildStep::PivotRoot, errno);
}

namespace {

// Builds the private root (the cwd is the workdir) and moves into it.
void enter_private_root(const FilesystemPlan& fs) {
  build_private_root(fs, report_fd);
  if (chdir(fs.box) != 0) fail(ChildStep::Workdir, errno);
}

void send_listener(int listener) {
  char byte = 0;
  if (send_with_fds(kSocketFd, &byte, 1, &listener, 1) < 0) fail(ChildStep::SendListener, errno);
}

// The program's binary at kExecFd, where the Program filter's one allowed
// execveat looks for it. The soft limit is raised for the dup if it must
// be; the program's own limit, set last, is far below.
void place_executable(const ChildPlan& plan) {
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) != 0) fail(ChildStep::Execve, errno);
  if (files.rlim_cur <= static_cast<rlim_t>(kExecFd)) {
    if (files.rlim_max <= static_cast<rlim_t>(kExecFd)) fail(ChildStep::Execve, EMFILE);
    files.rlim_cur = kExecFd + 1;
    if (setrlimit(RLIMIT_NOFILE, &files) != 0) fail(ChildStep::Execve, errno);
  }
  int fd = open(plan.path, O_PATH | O_CLOEXEC);
  if (fd < 0) fail(ChildStep::Execve, errno);
  if (dup3(fd, kExecFd, O_CLOEXEC) < 0) fail(ChildStep::Execve, errno);
  close(fd);
}

void install_filter(const ChildPlan& plan) {
  // With NEW_LISTENER the kernel hands back a descriptor on which the
  // parent receives every SCMP_ACT_NOTIFY call of this process tree.
  int listener = static_cast<int>(syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, plan.filter));
  if (listener < 0) fail(ChildStep::Seccomp, errno);
  send_listener(listener);
  close(listener);
  close(kSocketFd);
}

// The last steps of every child: the program's descriptor limit (below
// kExecFd, and only now that the setup needs no more), its signal mask, exec.
[[noreturn]] void become_program(const ChildPlan& plan) {
  set_rlimit(plan.restrictions.open_files);
  sigprocmask(SIG_SETMASK, &plan.program_mask, nullptr);
  if (plan.exec_through_fd) syscall(SYS_execveat, kExecFd, "", plan.argv, plan.envp, AT_EMPTY_PATH);
  else execve(plan.path, plan.argv, plan.envp);
  fail(ChildStep::Execve, errno);
}

}  // namespace

void run_child(const ChildPlan& plan) noexcept {
  report_fd = plan.error_fd;

  reset_signals();
  enter_namespaces_and_cgroups(plan);
  // Its own process group, so one kill(-pgid) reaches everything it starts.
  // The parent makes the same call, whichever runs first.
  if (setpgid(0, 0) != 0) fail(ChildStep::ProcessGroup, errno);
  arrange_descriptors(plan);
  if (chdir(plan.workdir) != 0) fail(ChildStep::Workdir, errno);
  if (plan.filesystem != nullptr) enter_private_root(*plan.filesystem);

  if (plan.exec_through_fd) place_executable(plan);
  for (int i = 0; i < plan.restrictions.rlimit_count; ++i) set_rlimit(plan.restrictions.rlimits[i]);
  ChildStep step;
  if (int error = drop_identity(plan, step); error != 0) fail(step, error);
  if (plan.restrictions.tasks.resource >= 0) set_rlimit(plan.restrictions.tasks);
  die_with_parent(plan);
  // Required for an unprivileged seccomp filter, and no setuid binary can
  // hand the program back what was just taken.
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) fail(ChildStep::NoNewPrivs, errno);
  if (plan.landlock != nullptr) {
    if (int error = apply_landlock(*plan.landlock); error != 0) fail(ChildStep::Landlock, error);
  }
  if (plan.filter != nullptr) install_filter(plan);
  become_program(plan);
}

namespace {

// Root may raise them; the box child, no longer root once armed, can only
// lower them, which is all launch_box_child does.
void open_hard_limits() {
  if (geteuid() != 0) return;
  const rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
  for (int resource : {RLIMIT_CPU, RLIMIT_AS, RLIMIT_STACK, RLIMIT_FSIZE, RLIMIT_CORE, RLIMIT_NPROC})
    setrlimit(resource, &unlimited);
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_max <= static_cast<rlim_t>(kExecFd)) {
    files.rlim_max = kExecFd + 1;
    setrlimit(RLIMIT_NOFILE, &files);
  }
}

}  // namespace

void arm_box_child(const ChildPlan& plan, ArmedChild& armed) noexcept {
  armed = ArmedChild{};
  auto failed = [&armed](ChildStep step, int error) {
    armed.failure = {step, error, 0};
  };
  reset_signals();
  // Its own process group, so one kill(-pgid) reaches everything it starts.
  if (setpgid(0, 0) != 0) return failed(ChildStep::ProcessGroup, errno);
  open_hard_limits();
  ChildStep step;
  if (int error = drop_identity(plan, step); error != 0) return failed(step, error);
  // The keeper is pid 1 here: should it die, the kernel kills the whole
  // namespace anyway; the signal is for the window before that.
  if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) return failed(ChildStep::ParentDeathSignal, errno);
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return failed(ChildStep::NoNewPrivs, errno);
  if (plan.filter != nullptr) {
    armed.listener = static_cast<int>(
        syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, plan.filter));
    if (armed.listener < 0) return failed(ChildStep::Seccomp, errno);
  }
}

void launch_box_child(const ChildPlan& plan, const ArmedChild& armed) noexcept {
  report_fd = plan.error_fd;
  if (armed.failure.error != 0) fail(armed.failure.step, armed.failure.error);
  arrange_descriptors(plan);
  if (chdir(plan.workdir) != 0) fail(ChildStep::Workdir, errno);
  if (plan.exec_through_fd) place_executable(plan);
  for (int i = 0; i < plan.restrictions.rlimit_count; ++i) set_rlimit(plan.restrictions.rlimits[i]);
  if (plan.restrictions.tasks.resource >= 0) set_rlimit(plan.restrictions.tasks);
  become_program(plan);
}

std::string describe(const ChildError& error, const ChildPlan& plan) {
  std::string step;
  switch (error.step) {
    case ChildStep::Cgroup: step = "joining the run's cgroup"; break;
    case ChildStep::Network: step = "joining the empty network namespace"; break;
    case ChildStep::UserNamespace: step = "writing the user namespace's id maps"; break;
    case ChildStep::Filesystem: {
      step = "building the private filesystem";
      if (plan.filesystem != nullptr && error.detail >= 0 &&
          static_cast<std::size_t>(error.detail) < plan.filesystem->steps.size()) {
        const MountStep& failed = plan.filesystem->steps[static_cast<std::size_t>(error.detail)];
        step += fmt::format(" ({}{}{})", failed.source ? failed.source : "", failed.source ? " -> " : "",
                            failed.target);
      }
      break;
    }
    case ChildStep::PivotRoot: step = "pivot_root"; break;
    case ChildStep::Box: step = "preparing the box"; break;
    case ChildStep::ProcessGroup: step = "setpgid"; break;
    case ChildStep::Descriptors: step = "setting up stdin, stdout and stderr"; break;
    case ChildStep::Workdir: step = fmt::format("chdir {}", plan.workdir); break;
    case ChildStep::Rlimit: {
      const char* name = "?";
      switch (error.detail) {
        case RLIMIT_CPU: name = "RLIMIT_CPU"; break;
        case RLIMIT_AS: name = "RLIMIT_AS"; break;
        case RLIMIT_STACK: name = "RLIMIT_STACK"; break;
        case RLIMIT_FSIZE: name = "RLIMIT_FSIZE"; break;
        case RLIMIT_NOFILE: name = "RLIMIT_NOFILE"; break;
        case RLIMIT_CORE: name = "RLIMIT_CORE"; break;
        case RLIMIT_NPROC: name = "RLIMIT_NPROC"; break;
      }
      step = fmt::format("setrlimit {}", name);
      break;
    }
    case ChildStep::Groups: step = "setgroups"; break;
    case ChildStep::Gid: step = fmt::format("setresgid {}", plan.restrictions.gid); break;
    case ChildStep::Uid: step = fmt::format("setresuid {}", plan.restrictions.uid); break;
    case ChildStep::ParentDeathSignal: step = "prctl PR_SET_PDEATHSIG"; break;
    case ChildStep::NoNewPrivs: step = "prctl PR_SET_NO_NEW_PRIVS"; break;
    case ChildStep::Landlock: step = "applying the Landlock ruleset"; break;
    case ChildStep::Seccomp: step = "loading the seccomp filter"; break;
    case ChildStep::SendListener: step = "sending the seccomp listener"; break;
    case ChildStep::Execve: step = fmt::format("execve {}", plan.display_path); break;
    default: step = fmt::format("setup step {}", static_cast<int>(error.step)); break;
  }
  // The binary's descriptor, 1023, is above the judge's own limit: the
  // machine's setting, not the program's fault nor the package's.
  if (error.step == ChildStep::Execve && error.error == EMFILE)
    return fmt::format("{}: the judge's open-files limit (ulimit -n) is under the {} the sandbox needs: raise it",
                       step, kOpenFilesNeeded);
  return fmt::format("{}: {}", step, std::strerror(error.error));
}

}  // namespace sandbox::detail
