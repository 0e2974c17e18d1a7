#include "report_json.h"

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

Verdict verdict_of(const nlohmann::json& json) {
  return verdict_from_string(json.value("verdict", "IE")).value_or(Verdict::IE);
}

TestReport test_from_json(const nlohmann::json& json) {
  TestReport test;
  test.name = json.value("name", "");
  test.group = json.value("group", "");
  test.sample = json.value("sample", false);
  test.verdict = verdict_of(json);
  test.time_ms = json.value("time_ms", std::int64_t{0});
  test.wall_ms = json.value("wall_ms", std::int64_t{0});
  test.memory_kb = json.value("memory_kb", std::uint64_t{0});
  test.run_queue_ms = json.value("run_queue_ms", std::int64_t{0});
  test.runs = json.value("runs", 1);
  test.rerun = json.value("rerun", std::string());
  test.message = json.value("message", "");
  return test;
}

std::optional<ComplexityReport> complexity_from_json(const nlohmann::json& json) {
  if (!json.is_object()) return std::nullopt;
  ComplexityReport c;
  if (json.contains("estimate") && json["estimate"].is_string()) c.estimate = json["estimate"].get<std::string>();
  if (json.contains("range") && json["range"].is_array())
    for (const auto& growth : json["range"])
      if (growth.is_string()) c.range.push_back(growth.get<std::string>());
  c.expected = json.value("expected", "");
  c.confidence = json.value("confidence", 0.0);
  c.slope = json.value("slope", 0.0);
  c.hint = json.value("hint", "");
  c.measure = json.value("measure", c.measure);
  for (const auto& json_point : json.value("points", nlohmann::json::array())) {
    ComplexityPoint point;
    point.n = json_point.value("n", decltype(ComplexityPoint::n){});
    point.seconds = json_point.value("seconds", 0.0);
    if (json_point.contains("instructions") && json_point["instructions"].is_number())
      point.instructions = json_point["instructions"].get<std::uint64_t>();
    nlohmann::json reference = json_point.value("reference", nlohmann::json::object());
    if (reference.contains("seconds") && reference["seconds"].is_number())
      point.reference_seconds = reference["seconds"].get<double>();
    if (reference.contains("instructions") && reference["instructions"].is_number())
      point.reference_instructions = reference["instructions"].get<std::uint64_t>();
    c.points.push_back(point);
  }
  return c;
}

}  // namespace

Report report_from_json(const nlohmann::json& json) {
  Report report;
  report.problem = json.value("problem", "");
  report.title = json.value("title", "");
  report.language = json.value("language", "");
  report.runner = json.value("runner", "");
  report.verdict = verdict_of(json);
  report.message = json.value("message", "");
  for (const auto& test : json.value("tests", nlohmann::json::array())) report.tests.push_back(test_from_json(test));
  report.tests_total = json.value("tests_total", std::size_t{0});
  nlohmann::json compile = json.value("compile", nlohmann::json::object());
  report.compile.ok = compile.value("ok", false);
  report.compile.log = compile.value("log", "");
  report.compile.time_ms = compile.value("time_ms", std::int64_t{0});
  report.compile.cached = compile.value("cached", false);
  report.compile.run_queue_ms = compile.value("run_queue_ms", std::int64_t{0});
  nlohmann::json sandbox = json.value("sandbox", nlohmann::json::object());
  report.sandbox_layers = sandbox.value("layers", std::vector<std::string>{});
  report.sandbox_missing = sandbox.value("missing", std::vector<std::string>{});
  nlohmann::json limits = json.value("limits", nlohmann::json::object());
  report.limits.cpu_ms = limits.value("time_ms", report.limits.cpu_ms);
  report.limits.wall_ms = limits.value("wall_ms", report.limits.wall_ms);
  report.limits.memory_bytes = limits.value("memory_kb", report.limits.memory_bytes >> 10) << 10;
  report.limits.output_bytes = limits.value("output_kb", report.limits.output_bytes >> 10) << 10;
  report.limits.time_source =
      json.value("time_limit", nlohmann::json::object()).value("source", report.limits.time_source);
  report.complexity = complexity_from_json(json.value("complexity", nlohmann::json()));
  return report;
}

}  // namespace judge
