#include "verdict.h"

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <cstring>

#include "crash_summary.h"

namespace judge {

namespace {
struct Code {
  Verdict verdict;
  const char* code;
  const char* text;
};
constexpr Code kCodes[] = {
    {Verdict::AC, "AC", "accepted"},
    {Verdict::WA, "WA", "wrong answer"},
    {Verdict::TLE, "TLE", "time limit exceeded"},
    {Verdict::MLE, "MLE", "memory limit exceeded"},
    {Verdict::OLE, "OLE", "output limit exceeded"},
    {Verdict::RE, "RE", "run-time error"},
    {Verdict::CE, "CE", "compilation error"},
    {Verdict::SV, "SV", "security violation (forbidden system call)"},
    {Verdict::IE, "IE", "internal error of the judge"},
};

std::string signal_name(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  if (abbrev) return fmt::format("SIG{}", abbrev);
  return fmt::format("signal {}", sig);
}

// What a runtime prints when an allocation fails inside the limit the
// cgroup enforces (C++'s bad_alloc, Python's MemoryError, the JVM's
// OutOfMemoryError, V8's "heap out of memory"). The JVM also says
// OutOfMemoryError when the pids limit stops a new thread.
std::optional<std::string> allocation_failure(std::string_view err) {
  auto has = [&](std::string_view part) { return err.find(part) != std::string_view::npos; };
  if (has("unable to create native thread"))
    return "could not start another thread: the program reached the limit on threads and processes";
  if (has("std::bad_alloc") || has("MemoryError") || has("Cannot allocate memory") || has("heap out of memory"))
    return "a memory allocation failed: the program asked for more memory than the limit allows";
  return std::nullopt;
}
// The wall limit counts the program's own time only (sandbox.h): what it
// did not spend on a CPU, nor waiting for one, it spent blocked or asleep.
std::string blocked_message(const sandbox::Outcome& outcome) {
  const std::int64_t own = outcome.wall_ms - outcome.run_queue_ms;
  std::string text = fmt::format(
      "did not finish: of {} ms of its own wall-clock time it spent {} ms computing and {} ms blocked or sleeping "
      "(waiting for input, a lock or a timer)",
      own, outcome.cpu_ms, std::max<std::int64_t>(0, own - outcome.cpu_ms));
  if (outcome.run_queue_ms > 0)
    text += fmt::format("; the {} ms it waited for a busy machine's CPU do not count", outcome.run_queue_ms);
  return text;
}

std::string overload_message(const sandbox::Outcome& outcome) {
  return fmt::format(
      "the machine was too busy to run this test: after {} ms the program had been given {} ms of CPU and had "
      "waited {} ms for one; this says nothing about the solution",
      outcome.wall_ms, outcome.cpu_ms, outcome.run_queue_ms);
}

}  // namespace

std::string to_string(Verdict verdict) {
  for (const auto& c : kCodes)
    if (c.verdict == verdict) return c.code;
  return "IE";
}

std::string describe(Verdict verdict) {
  for (const auto& c : kCodes)
    if (c.verdict == verdict) return c.text;
  return "internal error";
}

std::optional<Verdict> verdict_from_string(std::string_view code) {
  for (const auto& c : kCodes)
    if (code == c.code) return c.verdict;
  return std::nullopt;
}

Judgement judge_outcome(const sandbox::Outcome& outcome, std::int64_t cpu_limit_ms, std::string_view stderr_head) {
  using sandbox::Limit;
  if (!outcome.error.empty()) return {Verdict::IE, "sandbox: " + outcome.error};
  // A Java thread the pids limit refused is an OutOfMemoryError the JVM
  // does not exit on (ExitOnOutOfMemoryError covers the heap only): the
  // main thread dies of it and the bomb's threads keep the JVM alive until
  // a time limit. The cause is the thread limit, not the time.
  const bool timed_out = outcome.limit == Limit::CpuTime || outcome.limit == Limit::WallTime;
  if (timed_out && stderr_head.find("java.lang.OutOfMemoryError") != std::string_view::npos)
    if (auto failure = allocation_failure(stderr_head))
      return {Verdict::MLE, *failure + "; its other threads then kept it running until the time limit"};
  switch (outcome.limit) {
    case Limit::Syscall:
      return {Verdict::SV, fmt::format("forbidden system call: {}", outcome.syscall.empty() ? "unknown" : outcome.syscall)};
    case Limit::CpuTime:
      return {Verdict::TLE, fmt::format("used more than {} ms of CPU time (stopped at {} ms)", cpu_limit_ms, outcome.cpu_ms)};
    case Limit::WallTime: return {Verdict::TLE, blocked_message(outcome)};
    case Limit::Overload:
      // Over the limit already: a time-out however busy the machine was.
      if (outcome.cpu_ms > cpu_limit_ms)
        return {Verdict::TLE, fmt::format("used {} ms of CPU time; the limit is {} ms", outcome.cpu_ms, cpu_limit_ms)};
      return {Verdict::IE, overload_message(outcome)};
    case Limit::Output: return {Verdict::OLE, "wrote more output than the limit allows"};
    case Limit::Memory: return {Verdict::MLE, "used more memory than the limit allows"};
    case Limit::None: break;
  }
  // A program that finished but overran the limit is still too slow.
  if (outcome.cpu_ms > cpu_limit_ms) return {Verdict::TLE, fmt::format("used {} ms of CPU time; the limit is {} ms", outcome.cpu_ms, cpu_limit_ms)};
  bool abnormal = !outcome.exited || outcome.exit_code != 0;
  if (abnormal) {
    if (auto failure = allocation_failure(stderr_head)) return {Verdict::MLE, *failure};
    const std::string ending =
        outcome.exited ? fmt::format("exit code {}", outcome.exit_code)
                       : fmt::format("killed by {} ({})", signal_name(outcome.term_signal), strsignal(outcome.term_signal));
    if (auto crash = crash_summary(stderr_head)) return {Verdict::RE, fmt::format("{} ({})", *crash, ending)};
    return {Verdict::RE, ending};
  }
  return {Verdict::AC, ""};
}

Verdict overall_verdict(const std::vector<Verdict>& in_order) {
  if (in_order.empty()) return Verdict::IE;
  for (Verdict v : in_order)
    if (v != Verdict::AC) return v;
  return Verdict::AC;
}

}  // namespace judge
