#include <boost/process.hpp>
#include <fmt/format.h>

#include <chrono>

#include "checker.h"
#include "errors.h"
#include "file_text.h"
#include "trusted_tools.h"

namespace judge {
namespace fs = std::filesystem;
namespace bp = boost::process;

namespace {

// Checkers are the author's code and trusted, but a buggy one must not hang
// the judge.
constexpr auto kCheckerWallLimit = std::chrono::seconds(30);

}  // namespace

CheckResult check_custom(const fs::path& checker_binary, const fs::path& input, const fs::path& output,
                         const fs::path& answer) {
  fs::path log = fs::path(output).concat(".checker");
  std::error_code ec;
  bp::child child(checker_binary.string(), input.string(), output.string(), answer.string(),
                  bp::std_in<bp::null, bp::std_out> bp::null, bp::std_err > log.string(), ec);
  if (ec) return {CheckResult::Status::CheckerFailed, fmt::format("cannot start the checker: {}", ec.message())};
  if (!wait_for_exit(child, kCheckerWallLimit)) {
    child.terminate();
    return {CheckResult::Status::CheckerFailed, "the checker ran longer than 30 s"};
  }
  std::string message = read_file(log);
  if (message.size() > 2000) message.resize(2000);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  switch (child.exit_code()) {
    case 0: return {CheckResult::Status::Accepted, message};
    case 1: return {CheckResult::Status::WrongAnswer, message};
    case 2: return {CheckResult::Status::PresentationError, message};
    default:
      return {CheckResult::Status::CheckerFailed,
              fmt::format("the checker failed (exit {}): {}", child.exit_code(), message)};
  }
}

CheckResult check(const CheckerSpec& spec, const fs::path& input, const fs::path& output, const fs::path& answer,
                  const fs::path& custom_binary) {
  if (spec.kind == CheckerKind::Custom) return check_custom(custom_binary, input, output, answer);
  std::string out = read_file(output), ans = read_file(answer);
  if (spec.kind == CheckerKind::Calls) return check_calls(spec, read_file(input), out, ans);
  switch (spec.kind) {
    case CheckerKind::Exact: return check_exact(out, ans);
    case CheckerKind::Lines: return check_lines(out, ans);
    case CheckerKind::Float: return check_float(out, ans, spec.absolute, spec.relative);
    default: return check_tokens(out, ans);
  }
}

}  // namespace judge
