#include "supervisor.h"

#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <thread>

#include "fd_passing.h"
#include "notify.h"
#include "outcome.h"
#include "proc_stat.h"

namespace sandbox::detail {
namespace {

using std::chrono::milliseconds;

// How often the parent reads the program's CPU time: a CPU limit is
// enforced to within this (plus the kernel's tick).
constexpr milliseconds kCpuSampleEvery{20};
// Without a pidfd the only way to notice the exit is to look.
constexpr milliseconds kExitPollEvery{5};
// Killed orphans of a compiler get this long to be reaped.
constexpr milliseconds kOrphanReapBudget{1000};

}  // namespace

Supervisor::Supervisor(const Policy& policy, const ChildPlan& plan, pid_t pid, Clock::time_point start, Fd error_pipe,
           Fd socket, const RunCgroup& cgroup, StdFiles& files, Box* box, Fd program,
           Fd listener)
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

Outcome Supervisor::supervise() {
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

void Supervisor::watch() {
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

Clock::duration Supervisor::wall_ceiling() const {
  return policy_.wall_ceiling.count() > 0 ? Clock::duration(policy_.wall_ceiling)
                                          : Clock::duration(policy_.wall_limit * 10);
}

void Supervisor::sample_run_queue() {
  if (!schedstat_available()) return;
  for (pid_t tid : run_tasks(cgroup_.tasks_file(), pid_))
    if (std::optional<SchedStat> stat = read_schedstat(tid)) run_queue_.observe(tid, stat->run_delay_ns);
}

std::int64_t Supervisor::cpu_ms() const {
  std::int64_t ms = cgroup_.has_cpu() ? cgroup_.cpu_ms() : -1;
  return ms >= 0 ? ms : read_cpu_ms(stat_.get());
}

std::uint64_t Supervisor::stream_limit() const {
  return policy_.stream_bytes != 0 ? std::min(policy_.stream_bytes, policy_.output_bytes) : policy_.output_bytes;
}

bool Supervisor::output_full() const {
  for (const Fd* fd : {&files_.out, &files_.err}) {
    struct stat st {};
    if (*fd && fstat(fd->get(), &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<std::uint64_t>(st.st_size) >= stream_limit())
      return true;
  }
  return false;
}

std::int64_t Supervisor::ceil_ms(Clock::duration d) {
  return std::chrono::ceil<milliseconds>(d).count();
}

void Supervisor::wait_for_events(std::int64_t timeout_ms) {
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

bool Supervisor::has_exited() {
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

void Supervisor::kill_all() {
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

void Supervisor::read_error_pipe() {
  if (!error_pipe_) return;
  ChildError error{};
  ssize_t n;
  do n = read(error_pipe_.get(), &error, sizeof error);
  while (n < 0 && errno == EINTR);
  if (n == static_cast<ssize_t>(sizeof error)) setup_error_ = error;
  if (n >= 0 || errno != EAGAIN) error_pipe_.reset();
}

void Supervisor::receive_listener() {
  char byte;
  int fd = -1, count = 0;
  ssize_t n = receive_with_fds(socket_.get(), &byte, 1, &fd, 1, &count, MSG_DONTWAIT);
  if (n < 0 && errno == EAGAIN) return;
  if (count == 1) listener_.reset(fd);
  // One message is all there ever is; EOF means the child died first.
  socket_.reset();
}

void Supervisor::handle_notification(short revents) {
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

void Supervisor::reap_orphans() {
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

}  // namespace sandbox::detail
