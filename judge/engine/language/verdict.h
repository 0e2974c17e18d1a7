// Verdict codes and how one sandbox outcome becomes one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sandbox/sandbox.h>

namespace judge {

// Exactly these codes appear in reports; the JSON carries to_string().
enum class Verdict { AC, WA, TLE, MLE, OLE, RE, CE, SV, IE };

std::string to_string(Verdict verdict);
std::string describe(Verdict verdict);  // "time limit exceeded"
std::optional<Verdict> verdict_from_string(std::string_view code);

struct Judgement {
  Verdict verdict;
  std::string message;
};

// Maps how the program ended to a verdict. AC here means "it ran cleanly
// within its limits": the checker still has to look at the output.
// `stderr_head` is the start of what it wrote to stderr (allocation failures
// are recognised there, before cgroups tell us directly).
Judgement judge_outcome(const sandbox::Outcome& outcome, std::int64_t cpu_limit_ms, std::string_view stderr_head);

// The overall verdict of a graded submission: its first non-AC test, in order.
Verdict overall_verdict(const std::vector<Verdict>& in_order);

}  // namespace judge
