#include <fmt/format.h>

#include <sys/wait.h>

#include <map>
#include <mutex>

#include "checker.h"
#include "engine/base/errors.h"
#include "engine/base/file_text.h"
#include "engine/compile/trusted_tools.h"

namespace judge {
namespace fs = std::filesystem;
namespace bp = boost::process;

namespace {

// Checker binaries that ran into their wall limit in this process. A
// checker that hangs once is broken for every test: without this, each
// test of each submission `judge validate` grades would wait out the limit
// again (past four minutes on a package with a few of them).
std::mutex hung_mutex;
std::map<fs::path, std::string> hung;

CheckResult failed(std::string message) { return {CheckResult::Status::CheckerFailed, std::move(message)}; }

}  // namespace

CheckResult check_custom(const fs::path& checker_binary, const fs::path& input, const fs::path& output,
                         const fs::path& answer, const fs::path& source) {
  const std::string name = source.empty() ? "the checker" : fmt::format("the checker {}", source.string());
  {
    std::lock_guard lock(hung_mutex);
    if (auto it = hung.find(checker_binary); it != hung.end())
      return failed(fmt::format("{} is not run again: it {}", name, it->second));
  }
  fs::path log = fs::path(output).concat(".checker");
  ToolExit ran;
  try {
    ran = run_tool(checker_binary, {input.string(), output.string(), answer.string()}, "/dev/null", log,
                   kCheckerLimits);
  } catch (const std::exception& e) {
    return failed(fmt::format("cannot start {}: {}", name, e.what()));
  }
  std::string message = read_head(log, 2000);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  if (ran.timed_out) {
    std::lock_guard lock(hung_mutex);
    hung.emplace(checker_binary, fmt::format("{} on an earlier test", ran.failure));
    return failed(fmt::format("{} {}", name, ran.failure));
  }
  if (ran.over_output || WIFSIGNALED(ran.status))
    return failed(fmt::format("{} {}{}", name, ran.failure, message.empty() ? "" : ": " + one_line(message)));
  switch (WEXITSTATUS(ran.status)) {
    case 0: return {CheckResult::Status::Accepted, message};
    case 1: return {CheckResult::Status::WrongAnswer, message};
    case 2: return {CheckResult::Status::PresentationError, message};
    default: return failed(fmt::format("{} {}: {}", name, ran.failure, one_line(message)));
  }
}

CheckResult check(const CheckerSpec& spec, const fs::path& input, const fs::path& output, const fs::path& answer,
                  const fs::path& custom_binary) {
  if (spec.kind == CheckerKind::Custom) return check_custom(custom_binary, input, output, answer, spec.source);
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
