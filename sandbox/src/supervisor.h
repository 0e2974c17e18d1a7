// After fork: the supervision loop of one run. It answers seccomp
// notifications, watches the CPU clock and the program's own wall clock
// (real time less what it waited for a CPU), and when the program is gone
// makes sure nothing it started survives, then says what happened.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>

#include "box_pool.h"
#include "cgroup.h"
#include "child.h"
#include "fd.h"
#include "run_plan.h"
#include "run_queue.h"
#include "sandbox/sandbox.h"

namespace sandbox::detail {

class Supervisor {
 public:
  // `box`: the program was forked by a box keeper, which reaps it and
  // everything it started; `program` is then its pidfd.
  Supervisor(const Policy& policy, const ChildPlan& plan, pid_t pid, Clock::time_point start, Fd error_pipe,
             Fd socket, const RunCgroup& cgroup, StdFiles& files, Box* box = nullptr, Fd program = Fd(),
             Fd listener = Fd());

  Outcome supervise();

 private:
  void watch();

  Clock::duration wall_ceiling() const;

  // Each task of the run, every sample: a thread or process that ends
  // between two samples keeps what it waited until the first.
  void sample_run_queue();

  Clock::duration waited() const { return std::chrono::nanoseconds(run_queue_.total_ns()); }

  std::int64_t cpu_ms() const;

  std::uint64_t stream_limit() const;

  bool output_full() const;

  static std::int64_t ceil_ms(Clock::duration d);

  // One poll over whatever is still open; every descriptor that reports
  // anything is either consumed or closed, so poll never spins.
  void wait_for_events(std::int64_t timeout_ms);

  bool has_exited();

  void kill_all();

  // A setup failure arrives as one ChildError; a clean exec closes the pipe.
  void read_error_pipe();

  void receive_listener();

  void handle_notification(short revents);

  // As subreaper the judge inherits the orphans of the run (a compiler
  // pass whose driver died); they were killed with the group, and are
  // reaped here so no zombie outlives the run.
  void reap_orphans();

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

}  // namespace sandbox::detail
