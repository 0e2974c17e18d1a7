#include "run_plan.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "filesystem_plan.h"
#include "layers.h"

namespace sandbox::detail {
namespace {

constexpr std::int64_t kNobody = 65534;

std::string open_std_files(const Policy& policy, StdFiles& files) {
  const char* in_path = policy.stdin_path.empty() ? "/dev/null" : policy.stdin_path.c_str();
  files.in.reset(open(in_path, O_RDONLY | O_CLOEXEC));
  if (!files.in) return errno_message(fmt::format("open stdin {}", in_path), errno);

  // The workdir may be writable by the program: a symlink planted where an
  // output file goes must not make the judge truncate something else.
  auto open_output = [](const std::filesystem::path& path) {
    if (path.empty()) return Fd(open("/dev/null", O_WRONLY | O_CLOEXEC));
    return Fd(open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600));
  };
  files.out = open_output(policy.stdout_path);
  if (!files.out) return errno_message(fmt::format("open stdout {}", policy.stdout_path.string()), errno);
  // Two opens of one file would each write from offset 0 over the other.
  if (!policy.stderr_path.empty() && policy.stderr_path == policy.stdout_path) return {};
  files.err = open_output(policy.stderr_path);
  if (!files.err) return errno_message(fmt::format("open stderr {}", policy.stderr_path.string()), errno);
  return {};
}

rlimit both(std::uint64_t value) {
  return {static_cast<rlim_t>(value), static_cast<rlim_t>(value)};
}

}  // namespace

Outcome failure(std::string message) {
  Outcome outcome;
  outcome.error = std::move(message);
  return outcome;
}

std::string errno_message(std::string_view what, int error) {
  return fmt::format("{}: {}", what, std::strerror(error));
}

void prepare_process() {
  static std::once_flag once;
  std::call_once(once, [] {
    // The judge writes to pipes and sockets of its own; a reader that went
    // away must be an EPIPE there, not the end of the judge.
    struct sigaction current {};
    if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) signal(SIGPIPE, SIG_IGN);
    // A compiler's passes orphaned by the final kill are reparented here
    // rather than to an init that may never reap them.
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  });
}

std::vector<char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  pointers.reserve(strings.size() + 1);
  for (const std::string& s : strings) pointers.push_back(const_cast<char*>(s.c_str()));
  pointers.push_back(nullptr);
  return pointers;
}

void plan_limits(const Policy& policy, bool own_uid, const RunCgroup& cgroup, bool pids_cgroup, ChildPlan& plan) {
  // The parent stops the program at cpu_limit; RLIMIT_CPU is the backstop
  // should the parent be late, with SIGKILL one second after SIGXCPU.
  auto seconds = static_cast<rlim_t>((policy.cpu_limit.count() + 999) / 1000 + 1);
  std::uint64_t stack = policy.stack_bytes != 0 ? policy.stack_bytes : policy.memory_bytes;
  int n = 0;
  plan.restrictions.rlimits[n++] = {RLIMIT_CPU, {seconds, seconds + 1}};
  // The memory cgroup is the limit when there is one; the address space
  // would also count thread stacks and whatever is reserved but unused.
  if (!cgroup.has_memory()) plan.restrictions.rlimits[n++] = {RLIMIT_AS, both(policy.memory_bytes)};
  plan.restrictions.rlimits[n++] = {RLIMIT_STACK, both(stack)};
  plan.restrictions.rlimits[n++] = {RLIMIT_FSIZE, both(policy.output_bytes)};
  plan.restrictions.rlimits[n++] = {RLIMIT_CORE, both(0)};
  plan.restrictions.rlimit_count = n;
  // RLIMIT_NPROC counts every task of the real uid, threads included. Under
  // the judge's own uid it would count the judge too, so it only means
  // something once the program has a uid of its own.
  plan.restrictions.tasks = {-1, {}};
  if (own_uid && !pids_cgroup) {
    int tasks = is_single_process(policy.seccomp) ? policy.max_threads : policy.max_processes;
    plan.restrictions.tasks = {RLIMIT_NPROC, both(static_cast<std::uint64_t>(std::max(tasks, 1)))};
  }
  int open_files = std::max(policy.max_open_files, 0);
  // A Program's exec goes through descriptor kExecFd, which it must never hold.
  if (is_program(policy.seccomp)) open_files = std::min(open_files, kExecFd);
  plan.restrictions.open_files = {RLIMIT_NOFILE, both(static_cast<std::uint64_t>(open_files))};
}

void plan_identity(const Policy& policy, ChildPlan& plan) {
  const bool root = geteuid() == 0;
  plan.restrictions.set_groups = root;
  plan.restrictions.set_ids = root || policy.uid >= 0 || policy.gid >= 0;
  plan.restrictions.uid = static_cast<uid_t>(policy.uid >= 0 ? policy.uid : root ? kNobody : getuid());
  plan.restrictions.gid = static_cast<gid_t>(policy.gid >= 0 ? policy.gid : root ? kNobody : getgid());
}

int task_limit(const Policy& policy) {
  return std::max(1, is_single_process(policy.seccomp) ? policy.max_threads : policy.max_processes);
}

std::string prepare(const Policy& policy, bool private_fs, Prepared& run) {
  if (policy.seccomp != SeccompProfile::Off) {
    // Without the filter a Program would run unconfined, and without its
    // notifications an SV could not name the call: refuse.
    if (!kernel_support().notify) return "seccomp user notification is not available in this kernel";
    run.filter = &compiled_filter(policy.seccomp);
    if (!run.filter->error.empty()) return run.filter->error;
  }
  if (std::string error = open_std_files(policy, run.files); !error.empty()) return error;
  run.arguments = policy.argv;
  if (private_fs)
    for (std::string& argument : run.arguments) argument = to_box_path(policy, argument);
  run.workdir = policy.workdir.empty() ? std::string(".") : policy.workdir.string();

  // The error pipe is non-blocking for the parent's final read: another
  // thread's fork may briefly hold a copy of the write end.
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC | O_NONBLOCK) != 0) return errno_message("pipe2", errno);
  run.error_read.reset(pipe_fds[0]);
  run.error_write.reset(pipe_fds[1]);
  return {};
}

}  // namespace sandbox::detail
