// Checkers decide whether an output answers a test. The built-in ones work
// on files already on disk; a custom checker is a compiled program speaking
// the testlib protocol.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "engine/problem/problem.h"

namespace judge {

struct CheckResult {
  enum class Status { Accepted, WrongAnswer, PresentationError, CheckerFailed };
  Status status = Status::Accepted;
  std::string message;  // why not accepted; may quote the output and answer
  // `calls` only: the (at most 10) calls before the first wrong one, with
  // their right results, e.g. "call 3: get(1) returned 1"; shown on samples.
  std::vector<std::string> earlier_calls = {};
};

CheckResult check_tokens(std::string_view output, std::string_view answer);
// Line by line, and the tokens of each line as with check_tokens: spacing
// inside a line is free, but which tokens share a line is not.
CheckResult check_lines(std::string_view output, std::string_view answer);
CheckResult check_exact(std::string_view output, std::string_view answer);
CheckResult check_float(std::string_view output, std::string_view answer, double absolute, double relative);

// Class and function problems: compares the driver's output with the answer
// call by call and names the first wrong call, reading the calls from the
// test input with `spec.interface`.
CheckResult check_calls(const CheckerSpec& spec, std::string_view input, std::string_view output,
                        std::string_view answer);

// Runs `checker input output answer` (trusted, under kCheckerLimits) and
// maps its exit code: 0 OK, 1 WA, 2 presentation error, anything else (a
// signal, a hang, a flood) a checker failure naming `source`. A checker that
// hung once is not run again by this process: it fails at once.
CheckResult check_custom(const std::filesystem::path& checker_binary, const std::filesystem::path& input,
                         const std::filesystem::path& output, const std::filesystem::path& answer,
                         const std::filesystem::path& source = {});

// Dispatches on spec.kind; `custom_binary` is only used for Custom.
CheckResult check(const CheckerSpec& spec, const std::filesystem::path& input, const std::filesystem::path& output,
                  const std::filesystem::path& answer, const std::filesystem::path& custom_binary);

}  // namespace judge
