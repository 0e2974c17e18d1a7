#include "instruction_count.h"

#include <algorithm>
#include <regex>

#include "engine/base/file_text.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

std::optional<InstructionCounter> find_counter() {
  // Debian's layout; `valgrind` itself is a wrapper script around valgrind.bin.
  for (const char* libexec : {"/usr/libexec/valgrind", "/usr/lib/x86_64-linux-gnu/valgrind", "/usr/lib/valgrind"}) {
    const fs::path tool = fs::path(libexec) / "cachegrind-amd64-linux";
    if (!fs::exists(tool)) continue;
    for (const char* launcher : {"/usr/bin/valgrind.bin", "/usr/bin/valgrind"}) {
      if (!fs::exists(launcher)) continue;
      InstructionCounter counter{tool, launcher, "valgrind"};
      // The version names the tool's build: a cached count is only reused
      // by the same counter.
      std::error_code error;
      counter.version += "-" + std::to_string(fs::file_size(tool, error)) + "-" +
                         std::to_string(fs::last_write_time(tool, error).time_since_epoch().count());
      return counter;
    }
  }
  return std::nullopt;
}

}  // namespace

const std::optional<InstructionCounter>& instruction_counter(ComplexityMeasure measure) {
  static const std::optional<InstructionCounter> counter = find_counter();
  static const std::optional<InstructionCounter> none;
  return measure == ComplexityMeasure::Cpu ? none : counter;
}

Runner counted(const Runner& runner, const InstructionCounter& counter) {
  Runner wrapped = runner;
  // Not chasing branches into a block's translation makes the translations
  // smaller and quicker to make: CPython's start-up under the counter takes
  // 1.3-1.7 s instead of 1.9-2.0 (the count is of the program's
  // instructions, the same either way).
  wrapped.run = {counter.tool.string(), "--tool=cachegrind", "--cache-sim=no", "--branch-sim=no",
                 "--cachegrind-out-file=/dev/null", "--vgdb=no", "--vex-guest-chase=no", "--log-fd=2"};
  wrapped.run.insert(wrapped.run.end(), runner.run.begin(), runner.run.end());
  wrapped.env.push_back("VALGRIND_LAUNCHER=" + counter.launcher.string());
  wrapped.env.push_back("PYTHONHASHSEED=0");
  return wrapped;
}

Runner counted_per_process(const Runner& runner, const InstructionCounter& counter, const std::string& log_prefix) {
  Runner wrapped = counted(runner, counter);
  std::replace(wrapped.run.begin(), wrapped.run.end(), std::string("--log-fd=2"), "--log-file=" + log_prefix + ".%p");
  return wrapped;
}

std::vector<std::pair<std::string, std::uint64_t>> instruction_totals(std::string_view log) {
  static const std::regex line(R"(==(\d+)== I +refs: +([\d,]+))");
  std::vector<std::pair<std::string, std::uint64_t>> totals;
  for (auto it = std::cregex_iterator(log.data(), log.data() + log.size(), line); it != std::cregex_iterator(); ++it) {
    std::string digits;
    for (char c : (*it)[2].str())
      if (c != ',') digits += c;
    totals.emplace_back((*it)[1].str(), std::stoull(digits));
  }
  return totals;
}

std::optional<std::uint64_t> instructions_from_log(std::string_view log) {
  const auto totals = instruction_totals(log);
  if (totals.empty()) return std::nullopt;
  return totals.back().second;
}

}  // namespace judge
