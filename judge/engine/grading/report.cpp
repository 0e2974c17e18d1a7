#include "report.h"

#include <fmt/format.h>


namespace judge {

namespace {

nlohmann::json complexity_json(const Report& report) {
  if (!report.complexity) return nullptr;
  const ComplexityReport& c = *report.complexity;
  nlohmann::json points = nlohmann::json::array();
  for (const ComplexityPoint& p : c.points) {
    nlohmann::json point = {{"n", p.n}, {"seconds", p.seconds}};
    if (p.instructions) point["instructions"] = *p.instructions;
    if (p.reference_seconds || p.reference_instructions) {
      nlohmann::json reference = nlohmann::json::object();
      if (p.reference_seconds) reference["seconds"] = *p.reference_seconds;
      if (p.reference_instructions) reference["instructions"] = *p.reference_instructions;
      point["reference"] = reference;
    }
    points.push_back(point);
  }
  return {
      {"estimate", c.estimate ? nlohmann::json(*c.estimate) : nlohmann::json(nullptr)},
      // Beside a null estimate, the two neighbouring classes not ruled out.
      {"range", c.range.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.range)},
      {"expected", c.expected},
      {"confidence", c.confidence},
      {"slope", c.slope},
      {"hint", c.hint},
      {"measure", c.measure},
      {"reason", c.reason},
      {"points", points},
  };
}

// Whether the limit is the package's seconds or this machine's calibration
// (problem.yaml `time_multiplier`, `judge calibrate`).
nlohmann::json time_limit_json(const Report& report) {
  return {{"seconds", report.limits.cpu_ms / 1000.0}, {"source", report.limits.time_source}};
}

}  // namespace

nlohmann::json to_json(const Report& report) {
  nlohmann::json tests = nlohmann::json::array();
  for (const auto& test : report.tests) {
    tests.push_back({{"name", test.name},
                     {"group", test.group},
                     {"sample", test.sample},
                     {"verdict", to_string(test.verdict)},
                     {"time_ms", test.time_ms},
                     {"wall_ms", test.wall_ms},
                     {"memory_kb", test.memory_kb},
                     {"message", test.message},
                     {"run_queue_ms", test.run_queue_ms},
                     {"runs", test.runs},
                     {"rerun", test.rerun}});
  }
  return {
      {"problem", report.problem},
      {"title", report.title},
      {"language", report.language},
      {"runner", report.runner},
      {"verdict", to_string(report.verdict)},
      {"message", report.message},
      {"tests", tests},
      {"tests_total", report.tests_total},
      {"compile",
       {{"ok", report.compile.ok},
        {"log", report.compile.log},
        {"time_ms", report.compile.time_ms},
        {"cached", report.compile.cached},
        {"run_queue_ms", report.compile.run_queue_ms}}},
      {"limits",
       {{"time_ms", report.limits.cpu_ms},
        {"wall_ms", report.limits.wall_ms},
        {"memory_kb", report.limits.memory_bytes >> 10},
        {"output_kb", report.limits.output_bytes >> 10}}},
      {"time_limit", time_limit_json(report)},
      {"complexity", complexity_json(report)},
      {"sandbox", {{"layers", report.sandbox_layers}, {"missing", report.sandbox_missing}}},
  };
}

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
