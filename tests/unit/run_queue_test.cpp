// The wall-clock limit measures the program, not the machine: the run-queue
// arithmetic on synthetic schedstat readings, the rules that re-run a test,
// and real programs in the real sandbox beside busy loops on their core.
#include <catch2/catch.hpp>

#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

#include "../../sandbox/src/run_queue.h"
#include "engine/language/verdict.h"
#include "engine/limits/time_confirmation.h"
#include "support/sandbox_programs.h"

using namespace sandbox_test;
using sandbox::Limit;
using sandbox::detail::parse_schedstat;
using sandbox::detail::RunQueueDelay;

TEST_CASE("schedstat lines are read as time on a CPU and time waiting for one", "[run_queue]") {
  auto stat = parse_schedstat("1108000000 5286000000 412\n");
  REQUIRE(stat);
  CHECK(stat->on_cpu_ns == 1108000000u);
  CHECK(stat->run_delay_ns == 5286000000u);
  CHECK_FALSE(parse_schedstat(""));
  CHECK_FALSE(parse_schedstat("12 34"));
  CHECK_FALSE(parse_schedstat("x 1 2"));
}

TEST_CASE("run-queue delay is what each task waited since first seen, summed", "[run_queue]") {
  RunQueueDelay delay;
  // A keeper that waited 9 s before the run began: none of it is the run's.
  delay.observe(100, 9'000'000'000);
  delay.observe(200, 1'000'000);  // the program, 1 ms in
  CHECK(delay.total_ns() == 0);
  delay.observe(100, 9'002'000'000);
  delay.observe(200, 501'000'000);
  CHECK(delay.total_ns() == 502'000'000);
  // A thread seen once, then gone: it keeps what it had.
  delay.observe(300, 10'000'000);
  delay.observe(300, 40'000'000);
  delay.observe(200, 801'000'000);
  CHECK(delay.total_ns() == 2'000'000 + 800'000'000 + 30'000'000);
  // Its tid reused by a new task, whose reading starts lower: counted anew.
  delay.observe(300, 5'000'000);
  delay.observe(300, 25'000'000);
  CHECK(delay.total_ns() == 2'000'000 + 800'000'000 + 30'000'000 + 20'000'000);
}

namespace {
sandbox::Outcome finished(std::int64_t cpu_ms, Limit limit = Limit::None) {
  sandbox::Outcome o;
  o.exited = limit == Limit::None;
  o.cpu_ms = cpu_ms;
  o.cpu_us = cpu_ms * 1000;
  o.limit = limit;
  return o;
}
}  // namespace

TEST_CASE("a time-out within 1.5x of the limit is confirmed, a clear one is not", "[run_queue]") {
  using namespace judge;
  CHECK(watchdog_cpu_ms(1000) == 1500);
  CHECK(watchdog_cpu_ms(2655) == 3983);
  CHECK_FALSE(is_borderline_time_out(finished(1000), 1000));
  CHECK(is_borderline_time_out(finished(1001), 1000));
  CHECK(is_borderline_time_out(finished(1500), 1000));
  CHECK_FALSE(is_borderline_time_out(finished(1501), 1000));
  // Stopped by the watchdog at 1.5x: over, whatever a second run would say.
  CHECK_FALSE(is_borderline_time_out(finished(1520, Limit::CpuTime), 1000));
  CHECK_FALSE(is_borderline_time_out(finished(1200, Limit::Memory), 1000));
  CHECK_FALSE(is_borderline_time_out(finished(1200, Limit::WallTime), 1000));
  // The least CPU time counts; an overloaded run never does.
  CHECK(run_that_counts({finished(1200), finished(980), finished(1100)}) == 1);
  CHECK(run_that_counts({finished(1200), finished(300, Limit::Overload)}) == 0);
  CHECK(run_that_counts({finished(300, Limit::Overload), finished(1200)}) == 1);
  CHECK(is_overloaded(finished(300, Limit::Overload)));
}

TEST_CASE("the verdicts of the wall clock say what happened", "[run_queue]") {
  using namespace judge;
  sandbox::Outcome blocked = finished(120, Limit::WallTime);
  blocked.wall_ms = 4000;
  blocked.run_queue_ms = 900;
  Judgement j = judge_outcome(blocked, 1000, "");
  CHECK(j.verdict == Verdict::TLE);
  CHECK_THAT(j.message, Catch::Contains("120 ms computing and 2980 ms blocked or sleeping"));
  CHECK_THAT(j.message, Catch::Contains("900 ms it waited for a busy machine's CPU do not count"));
  sandbox::Outcome overloaded = finished(400, Limit::Overload);
  overloaded.wall_ms = 12000;
  overloaded.run_queue_ms = 11500;
  j = judge_outcome(overloaded, 1000, "");
  CHECK(j.verdict == Verdict::IE);
  CHECK_THAT(j.message, Catch::Contains("too busy"));
  overloaded.cpu_ms = 1100;  // over the limit before the machine gave up on it
  CHECK(judge_outcome(overloaded, 1000, "").verdict == Verdict::TLE);
}

namespace {

// Busy loops pinned to CPU 0, each ended by `timeout` should the test die
// first, and killed when it ends. Only CPU 0, so the suite's other tests
// keep the other core.
struct BusyCore {
  std::vector<pid_t> loops;
  explicit BusyCore(int count) {
    for (int i = 0; i < count; ++i) {
      pid_t pid = fork();
      REQUIRE(pid >= 0);
      if (pid == 0) {
        setpgid(0, 0);
        execl("/usr/bin/timeout", "timeout", "60", "/usr/bin/taskset", "-c", "0", "/bin/sh", "-c", "while :; do :; done",
              static_cast<char*>(nullptr));
        _exit(127);
      }
      loops.push_back(pid);
    }
  }
  ~BusyCore() {
    for (pid_t pid : loops) kill(-pid, SIGKILL), kill(pid, SIGKILL);
    for (pid_t pid : loops) waitpid(pid, nullptr, 0);
  }
};

// Pins itself to CPU 0 beside the busy loops, then computes for about
// `argv[1]` ms of CPU time (or sleeps that long with "sleep").
const char* kPinnedWork = R"(
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char** argv) {
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(0, &set);
  if (sched_setaffinity(0, sizeof set, &set) != 0) return 3;
  long ms = atol(argv[1]);
  if (argc > 2 && !strcmp(argv[2], "sleep")) { usleep(ms * 1000); return 0; }
  struct timespec t;
  volatile unsigned long x = 0;
  for (;;) {
    for (int i = 0; i < 100000; ++i) x += i;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    if (t.tv_sec * 1000 + t.tv_nsec / 1000000 >= ms) break;
  }
  printf("done\n");
  return 0;
}
)";

}  // namespace

TEST_CASE("a program kept waiting for a CPU is not timed out by the wall clock", "[run_queue][sandbox]") {
  if (!sandbox::layer_active("run_queue_clock")) {
    WARN("no schedstat on this kernel: the wall clock is real time");
    return;
  }
  TempDir dir;
  const fs::path exe = compile(dir, "pinned", kPinnedWork);
  BusyCore busy(4);  // the program gets about a fifth of CPU 0

  SECTION("computing: its own time is its CPU time, whatever the wait") {
    // 300 ms of CPU take about 1.5 s of real time here: over the wall
    // limit of 1 s, which counted real time before.
    sandbox::Policy policy = policy_for(dir, exe, std::chrono::milliseconds(3000), std::chrono::milliseconds(1000));
    policy.argv.push_back("300");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO("wall " << outcome.wall_ms << " ms, cpu " << outcome.cpu_ms << " ms, waited " << outcome.run_queue_ms
                 << " ms, limit " << sandbox::to_string(outcome.limit) << ", exit " << outcome.exit_code);
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::None);
    CHECK(outcome.exited);
    CHECK(outcome.exit_code == 0);
    CHECK(slurp(policy.stdout_path) == "done\n");
    CHECK(outcome.run_queue_ms > 0);
  }
  SECTION("sleeping: the wall limit still stops it") {
    sandbox::Policy policy = policy_for(dir, exe, std::chrono::milliseconds(3000), std::chrono::milliseconds(500));
    policy.argv = {exe.string(), "5000", "sleep"};
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO("wall " << outcome.wall_ms << " ms, waited " << outcome.run_queue_ms << " ms");
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::WallTime);
    CHECK(outcome.wall_ms < 4000);
  }
  SECTION("a machine too busy to finish stops it at the ceiling, as the machine's fault") {
    sandbox::Policy policy = policy_for(dir, exe, std::chrono::milliseconds(20000), std::chrono::milliseconds(5000));
    policy.wall_ceiling = std::chrono::milliseconds(1500);
    policy.argv.push_back("3000");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO("wall " << outcome.wall_ms << " ms, cpu " << outcome.cpu_ms << " ms, waited " << outcome.run_queue_ms << " ms");
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::Overload);
    CHECK(outcome.wall_ms >= 1500);
    CHECK(judge::judge_outcome(outcome, 20000, "").verdict == judge::Verdict::IE);
  }
}
