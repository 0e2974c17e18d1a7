// run(): everything the parent does for one run. It prepares all the child
// will need (the child may not allocate), forks, then supervises: it answers
// seccomp notifications, watches CPU and wall clocks, and when the program is
// gone makes sure nothing it started survives. Over 500 lines for now: the
// Supervisor and the pooled and unpooled paths share it; issue 18 splits them.
#include <fcntl.h>
#include <linux/mount.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>

#include "box_pool.h"
#include "box_protocol.h"
#include "fd_passing.h"
#include "child.h"
#include "fd.h"
#include "cgroup.h"
#include "filesystem_plan.h"
#include "namespaces.h"
#include "landlock.h"
#include "layers.h"
#include "notify.h"
#include "outcome.h"
#include "proc_stat.h"
#include "run_queue.h"
#include "sandbox/sandbox.h"
#include "seccomp_filter.h"
#include "spawn.h"

namespace sandbox {
namespace detail {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How often the parent reads the program's CPU time: a CPU limit is
// enforced to within this (plus the kernel's tick).
constexpr milliseconds kCpuSampleEvery{20};
// Without a pidfd the only way to notice the exit is to look.
constexpr milliseconds kExitPollEvery{5};
// Killed orphans of a compiler get this long to be reaped.
constexpr milliseconds kOrphanReapBudget{1000};
constexpr std::int64_t kNobody = 65534;

Outcome failure(std::string message) {
  Outcome outcome;
  outcome.error = std::move(message);
  return outcome;
}

std::string errno_message(std::string_view what, int error) {
  return fmt::format("{}: {}", what, std::strerror(error));
}

// Made once, for the whole process (see run() in sandbox.h).
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

// ---------------------------------------------------------------------------
// Before fork: the files, arrays and limits the child will use as they are.

struct StdFiles {
  Fd in, out, err;
  int err_fd() const { return err ? err.get() : out.get(); }  // stderr may share stdout's file
};

std::optional<std::string> open_std_files(const Policy& policy, StdFiles& files) {
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
  if (!policy.stderr_path.empty() && policy.stderr_path == policy.stdout_path) return std::nullopt;
  files.err = open_output(policy.stderr_path);
  if (!files.err) return errno_message(fmt::format("open stderr {}", policy.stderr_path.string()), errno);
  return std::nullopt;
}

std::vector<char*> c_strings(const std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  pointers.reserve(strings.size() + 1);
  for (const std::string& s : strings) pointers.push_back(const_cast<char*>(s.c_str()));
  pointers.push_back(nullptr);
  return pointers;
}

rlimit both(std::uint64_t value) {
  return {static_cast<rlim_t>(value), static_cast<rlim_t>(value)};
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
    int tasks = policy.seccomp == SeccompProfile::Program ? policy.max_threads : policy.max_processes;
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

// ---------------------------------------------------------------------------
// After fork: the supervision loop.

class Supervisor {
 public:
  // `box`: the program was forked by a box keeper, which reaps it and
  // everything it started; `program` is then its pidfd.
  Supervisor(const Policy& policy, const ChildPlan& plan, pid_t pid, Clock::time_point start, Fd error_pipe,
             Fd socket, const RunCgroup& cgroup, StdFiles& files, Box* box = nullptr, Fd program = Fd(),
             Fd listener = Fd())
      : box_(box),
        cgroup_(cgroup),
        files_(files),
        policy_(policy),
        plan_(plan),
        pid_(pid),
        start_(start),
        error_pipe_(std::move(error_pipe)),
        socket_(std::move(socket)),
        pidfd_(program ? std::move(program) : Fd(static_cast<int>(syscall(SYS_pidfd_open, pid, 0)))),
        stat_(open_proc_stat(pid)),
        listener_(std::move(listener)) {}

  Outcome supervise() {
    watch();
    killed_before_exit_ = killed_;
    // The program is dead but not reaped, so its pid, and with it the
    // process group id, cannot have been reused: this kill reaches exactly
    // what the run started, however the program ended.
    sample_run_queue();  // the exited program's tasks are not reaped yet
    kill_all();
    read_error_pipe();
    if (output_full()) killed_for_output_ = true;
    int status = 0;
    Observation seen;
    std::int64_t keeper_cpu_ms = 0;
    if (box_ != nullptr) {
      BoxReport finished{};
      std::string error = box_->finish(finished);
      seen.wall_ms = std::chrono::duration_cast<milliseconds>(Clock::now() - start_).count();
      if (setup_error_) return failure(describe(*setup_error_, plan_));
      if (!error.empty()) return failure(error);
      status = finished.wait_status;
      seen.usage = finished.usage;
      seen.inherited_rss_kb = finished.keeper_rss_kb;
      keeper_cpu_ms = finished.keeper_cpu_us / 1000;
    } else {
      pid_t reaped;
      do reaped = wait4(pid_, &status, 0, &seen.usage);
      while (reaped < 0 && errno == EINTR);
      seen.wall_ms = std::chrono::duration_cast<milliseconds>(Clock::now() - start_).count();
      reap_orphans();
      if (setup_error_) return failure(describe(*setup_error_, plan_));
      if (reaped < 0) return failure(errno_message("wait4", errno));
      seen.inherited_rss_kb = own_peak_rss_kb();
    }
    seen.wait_status = status;
    seen.killed_for_cpu = killed_for_cpu_;
    seen.killed_for_wall = killed_for_wall_;
    seen.killed_for_overload = killed_for_overload_;
    seen.run_queue_ms = std::chrono::duration_cast<milliseconds>(waited()).count();
    seen.forbidden_syscall = forbidden_syscall_;
    seen.exit_rss_kb = exit_rss_kb_;
    seen.killed_for_output = killed_for_output_;
    if (cgroup_.has_memory()) {
      seen.memory_cgroup = true;
      const bool sigkilled = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL && !killed_before_exit_;
      seen.oom_killed = cgroup_.oom_kills(sigkilled) > 0;
      seen.cgroup_peak_kb = cgroup_.peak_kb();
    }
    seen.cgroup_cpu_ms = cgroup_.cpu_ms();
    // A box's keeper shares its cgroup; what it spent on the run is not the program's.
    if (seen.cgroup_cpu_ms >= 0) seen.cgroup_cpu_ms = std::max<std::int64_t>(0, seen.cgroup_cpu_ms - keeper_cpu_ms);
    return classify(seen, policy_);
  }

 private:
  void watch() {
    const Clock::time_point ceiling = start_ + wall_ceiling();
    Clock::time_point next_sample = start_ + kCpuSampleEvery;
    while (!has_exited()) {
      // The program's own time reaches the wall limit no sooner than this:
      // every millisecond it waited for a CPU moves it later.
      const Clock::time_point deadline = std::min(ceiling, start_ + policy_.wall_limit + waited());
      Clock::time_point now = Clock::now();
      Clock::time_point wake = killed_ ? next_sample : std::min(deadline, next_sample);
      if (!pidfd_) wake = std::min(wake, now + kExitPollEvery);
      wait_for_events(std::max<std::int64_t>(0, ceil_ms(wake - now)));

      now = Clock::now();
      if (!killed_ && now >= start_ + policy_.wall_limit) {
        sample_run_queue();
        if (now - start_ - waited() >= policy_.wall_limit) {
          killed_for_wall_ = true;
          kill_all();
        } else if (now >= ceiling) {
          killed_for_overload_ = true;
          kill_all();
        }
      }
      if (now >= next_sample) {
        next_sample = now + kCpuSampleEvery;
        if (!killed_) sample_run_queue();
        if (!killed_ && cpu_ms() > policy_.cpu_limit.count()) {
          killed_for_cpu_ = true;
          kill_all();
        }
        // A pid 1 ignores SIGXFSZ: its writes fail with EFBIG instead.
        if (!killed_ && output_full()) {
          killed_for_output_ = true;
          kill_all();
        }
      }
    }
  }

  Clock::duration wall_ceiling() const {
    return policy_.wall_ceiling.count() > 0 ? Clock::duration(policy_.wall_ceiling)
                                            : Clock::duration(policy_.wall_limit * 10);
  }

  // Each task of the run, every sample: a thread or process that ends
  // between two samples keeps what it waited until the first.
  void sample_run_queue() {
    if (!schedstat_available()) return;
    for (pid_t tid : run_tasks(cgroup_.tasks_file(), pid_))
      if (std::optional<SchedStat> stat = read_schedstat(tid)) run_queue_.observe(tid, stat->run_delay_ns);
  }

  Clock::duration waited() const { return std::chrono::nanoseconds(run_queue_.total_ns()); }

  std::int64_t cpu_ms() const {
    std::int64_t ms = cgroup_.has_cpu() ? cgroup_.cpu_ms() : -1;
    return ms >= 0 ? ms : read_cpu_ms(stat_.get());
  }

  std::uint64_t stream_limit() const {
    return policy_.stream_bytes != 0 ? std::min(policy_.stream_bytes, policy_.output_bytes) : policy_.output_bytes;
  }

  bool output_full() const {
    for (const Fd* fd : {&files_.out, &files_.err}) {
      struct stat st {};
      if (*fd && fstat(fd->get(), &st) == 0 && S_ISREG(st.st_mode) &&
          static_cast<std::uint64_t>(st.st_size) >= stream_limit())
        return true;
    }
    return false;
  }

  static std::int64_t ceil_ms(Clock::duration d) {
    return std::chrono::ceil<milliseconds>(d).count();
  }

  // One poll over whatever is still open; every descriptor that reports
  // anything is either consumed or closed, so poll never spins.
  void wait_for_events(std::int64_t timeout_ms) {
    pollfd fds[4];
    Fd* owners[4];
    int n = 0;
    for (Fd* fd : {&pidfd_, &error_pipe_, &socket_, &listener_}) {
      if (!*fd) continue;
      fds[n] = {fd->get(), POLLIN, 0};
      owners[n++] = fd;
    }
    int ready = poll(fds, static_cast<nfds_t>(n), static_cast<int>(timeout_ms));
    if (ready <= 0) return;  // timeout or EINTR: the caller looks at the clocks
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (owners[i] == &error_pipe_) read_error_pipe();
      else if (owners[i] == &socket_) receive_listener();
      else if (owners[i] == &listener_) handle_notification(fds[i].revents);
      // The pidfd: readable once the child has exited, which has_exited() sees.
    }
  }

  bool has_exited() {
    if (box_ != nullptr) {
      // Not our child: its pidfd turns readable when it exits.
      pollfd exited{pidfd_.get(), POLLIN, 0};
      return poll(&exited, 1, 0) > 0;
    }
    siginfo_t info{};
    int rc;
    do rc = waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT);
    while (rc < 0 && errno == EINTR);
    // ECHILD: someone else reaped it; there is nothing left to watch.
    return rc < 0 || info.si_pid == pid_;
  }

  void kill_all() {
    killed_ = true;
    if (box_ != nullptr) {
      // The keeper kills the rest of its namespace once the program is gone;
      // without the pidfd's answer its pid may already be another's.
      syscall(SYS_pidfd_send_signal, pidfd_.get(), SIGKILL, nullptr, 0);
      return;
    }
    if (!pidfd_ || syscall(SYS_pidfd_send_signal, pidfd_.get(), SIGKILL, nullptr, 0) != 0) kill(pid_, SIGKILL);
    kill(-pid_, SIGKILL);
    // Without a pid namespace whose init this was, the cgroup knows the rest.
    if (cgroup_.active() && !plan_.pid_namespace) cgroup_.kill_all();
  }

  // A setup failure arrives as one ChildError; a clean exec closes the pipe.
  void read_error_pipe() {
    if (!error_pipe_) return;
    ChildError error{};
    ssize_t n;
    do n = read(error_pipe_.get(), &error, sizeof error);
    while (n < 0 && errno == EINTR);
    if (n == static_cast<ssize_t>(sizeof error)) setup_error_ = error;
    if (n >= 0 || errno != EAGAIN) error_pipe_.reset();
  }

  void receive_listener() {
    char byte;
    int fd = -1, count = 0;
    ssize_t n = receive_with_fds(socket_.get(), &byte, 1, &fd, 1, &count, MSG_DONTWAIT);
    if (n < 0 && errno == EAGAIN) return;
    if (count == 1) listener_.reset(fd);
    // One message is all there ever is; EOF means the child died first.
    socket_.reset();
  }

  void handle_notification(short revents) {
    if (!(revents & POLLIN)) {
      // Every process under the filter is gone.
      listener_.reset();
      return;
    }
    std::optional<Notification> call = receive_notification(listener_.get());
    if (!call) return;
    if (is_exit_group(*call)) {
      exit_rss_kb_ = std::max(exit_rss_kb_, read_peak_resident_kb(call->pid));
      let_through(listener_.get(), *call);
      return;
    }
    if (forbidden_syscall_.empty()) forbidden_syscall_ = syscall_name(*call);
    // Killed before the answer, so the program never runs past the call.
    kill_all();
    refuse(listener_.get(), *call, EPERM);
  }

  // As subreaper the judge inherits the orphans of the run (a compiler
  // pass whose driver died); they were killed with the group, and are
  // reaped here so no zombie outlives the run.
  void reap_orphans() {
    const Clock::time_point give_up = Clock::now() + kOrphanReapBudget;
    for (;;) {
      siginfo_t info{};
      int rc = waitid(P_PGID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG);
      if (rc < 0 && errno == EINTR) continue;
      if (rc < 0) return;  // ECHILD: none left
      if (info.si_pid != 0) continue;
      if (Clock::now() >= give_up) return;
      std::this_thread::sleep_for(milliseconds(1));
    }
  }

  Box* const box_;
  const RunCgroup& cgroup_;
  StdFiles& files_;
  const Policy& policy_;
  const ChildPlan& plan_;
  const pid_t pid_;
  const Clock::time_point start_;
  Fd error_pipe_;
  Fd socket_;
  Fd pidfd_;
  Fd stat_;
  Fd listener_;

  std::optional<ChildError> setup_error_;
  std::string forbidden_syscall_;
  std::uint64_t exit_rss_kb_ = 0;  // the largest VmHWM of the run's processes as they exited
  bool killed_ = false;
  bool killed_for_cpu_ = false;
  bool killed_for_wall_ = false;
  bool killed_for_overload_ = false;
  RunQueueDelay run_queue_;
  bool killed_for_output_ = false;
  bool killed_before_exit_ = false;
};

}  // namespace
}  // namespace detail

namespace detail {
namespace {

// What both ways of running need, made before either.
struct Prepared {
  const CompiledFilter* filter = nullptr;
  StdFiles files;
  Fd error_read, error_write;
  Fd socket_parent, socket_child;
  std::vector<std::string> arguments;  // argv, rewritten to the box's paths
  std::string workdir;
};

std::optional<std::string> prepare(const Policy& policy, bool private_fs, Prepared& run) {
  if (policy.seccomp != SeccompProfile::Off) {
    // Without the filter a Program would run unconfined, and without its
    // notifications an SV could not name the call: refuse.
    if (!kernel_support().notify) return "seccomp user notification is not available in this kernel";
    run.filter = &compiled_filter(policy.seccomp);
    if (!run.filter->error.empty()) return run.filter->error;
  }
  if (auto error = open_std_files(policy, run.files)) return error;
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
  return std::nullopt;
}

int task_limit(const Policy& policy) {
  return std::max(1, policy.seccomp == SeccompProfile::Program ? policy.max_threads : policy.max_processes);
}

// Appends a NUL-terminated string; false when the request is full.
bool append(BoxRequest& request, const std::string& text) {
  if (text.find('\0') != std::string::npos || request.strings_size + text.size() + 1 > kMaxRequestStrings) return false;
  std::memcpy(request.strings + request.strings_size, text.c_str(), text.size() + 1);
  request.strings_size += static_cast<std::uint32_t>(text.size() + 1);
  return true;
}

// A run forked by a pooled box's keeper; nullopt when the box cannot take
// it (the caller then runs it unpooled; nothing of the program has run).
std::optional<Outcome> run_in_box(const Policy& policy, Prepared& run, Box& box) {
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

}  // namespace
}  // namespace detail

Outcome run(const Policy& policy) {
  using namespace detail;
  prepare_process();
  if (policy.argv.empty()) return failure("empty argv");
  const bool private_fs = policy.private_filesystem && namespace_support().private_fs;
  Prepared prepared;
  if (auto error = prepare(policy, private_fs, prepared)) return failure(*error);
  if (poolable(policy)) {
    if (std::unique_ptr<Box> box = acquire_box()) {
      std::optional<Outcome> outcome = run_in_box(policy, prepared, *box);
      release_box(std::move(box));
      if (outcome) return *outcome;
    }
  }
  return run_unpooled(policy, prepared, private_fs);
}

}  // namespace sandbox
