#include "report.h"

#include <fmt/format.h>

namespace judge {

namespace {

const char* colour_of(Verdict verdict) {
  switch (verdict) {
    case Verdict::AC: return "\033[32m";
    case Verdict::IE: return "\033[35m";
    case Verdict::CE: return "\033[33m";
    default: return "\033[31m";
  }
}

std::string paint(const std::string& text, Verdict verdict, bool colour) {
  if (!colour) return text;
  return fmt::format("{}{}\033[0m", colour_of(verdict), text);
}

std::string memory_text(std::uint64_t kb) {
  if (kb >= 10 * 1024) return fmt::format("{:.0f} MiB", kb / 1024.0);
  return fmt::format("{:.1f} MiB", kb / 1024.0);
}

std::string indent(const std::string& text) {
  std::string out = "    ";
  for (char c : text) {
    out += c;
    if (c == '\n') out += "    ";
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
  return out;
}

}  // namespace

std::string text_header(const Report& report, bool colour) {
  std::string out = fmt::format("{} ({}) in {}\n", report.problem, report.title, report.runner);
  if (!report.compile.ok && report.verdict == Verdict::CE) {
    out += fmt::format("compile: {}\n", paint("failed", Verdict::CE, colour));
    if (!report.compile.log.empty()) out += indent(report.compile.log) + "\n";
  }
  return out;
}

std::string text_test_line(const TestReport& test, std::size_t id_width, bool colour) {
  std::string id = test.group + "/" + test.name;
  std::string verdict = fmt::format("{:<3}", to_string(test.verdict));
  std::string out = fmt::format("{:<{}}  {}  {:>6} ms  {:>9}\n", id, id_width, paint(verdict, test.verdict, colour),
                                test.time_ms, memory_text(test.memory_kb));
  if (!test.message.empty() && test.verdict != Verdict::AC) out += indent(test.message) + "\n";
  if (!test.rerun.empty()) out += indent(fmt::format("ran {} times: {}", test.runs, test.rerun)) + "\n";
  return out;
}

std::string text_footer(const Report& report, bool colour) {
  std::string out;
  if (report.tests.size() < report.tests_total && report.compile.ok)
    out += fmt::format("({} of {} tests run; --all runs every test)\n", report.tests.size(), report.tests_total);
  out += fmt::format("verdict: {}", paint(to_string(report.verdict), report.verdict, colour));
  if (!report.message.empty()) out += fmt::format(" ({})", report.message);
  out += "\n";
  if (report.complexity) out += fmt::format("complexity: {}\n", report.complexity->hint);
  return out;
}

std::string to_text(const Report& report, bool colour) {
  std::size_t width = 4;
  for (const auto& test : report.tests) width = std::max(width, test.group.size() + 1 + test.name.size());
  std::string out = text_header(report, colour);
  for (const auto& test : report.tests) out += text_test_line(test, width, colour);
  return out + text_footer(report, colour);
}

}  // namespace judge
