#include "calibration.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <fstream>
#include <thread>

#include "compile_cache.h"
#include "driver.h"
#include "errors.h"
#include "execution.h"
#include "file_text.h"
#include "hashing.h"
#include "locations.h"
#include "test_data.h"
#include "trusted_tools.h"
#include "utf8_text.h"
#include "verdict.h"
#include "workspace.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr int kFormatVersion = 1;

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "";
  return name;
}

MachineFacts this_machine() {
  MachineFacts facts;
  facts.hostname = host_name();
  facts.nproc = std::max(1u, std::thread::hardware_concurrency());
  utsname uts{};
  if (uname(&uts) == 0) facts.kernel = fmt::format("{} {}", uts.sysname, uts.release);
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &utc);
  facts.date = date;
  return facts;
}

std::int64_t median_of(std::vector<std::int64_t> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Far above any sane reference, so that calibration measures rather than
// judges; a reference that still hits it is broken.
RunLimits generous_limits(const Problem& problem, const Runner& runner) {
  RunLimits limits;
  double base_ms = problem.limits.time_s * time_factor_for(problem, runner) * 1000;
  limits.cpu_ms = std::max<std::int64_t>(10000, std::llround(base_ms * 10));
  limits.wall_ms = limits.cpu_ms * 2;
  limits.memory_bytes = problem.limits.memory_mib << 20;
  limits.output_bytes = problem.limits.output_mib << 20;
  return limits;
}

nlohmann::json to_json(const Calibration& c) {
  nlohmann::json tests = nlohmann::json::array();
  for (const auto& t : c.tests) tests.push_back({{"test", t.test}, {"runs_ms", t.runs_ms}, {"median_ms", t.median_ms}});
  return {
      {"version", kFormatVersion},
      {"problem", c.problem},
      {"key", c.key},
      {"reference", c.reference.string()},
      {"reference_language", c.reference_language},
      {"reference_factor", c.reference_factor},
      {"repetitions", c.repetitions},
      {"tests", tests},
      {"slowest", {{"test", c.slowest_test}, {"ms", c.slowest_ms}}},
      {"time_multiplier", c.time_multiplier ? nlohmann::json(*c.time_multiplier) : nlohmann::json(nullptr)},
      {"time_min_s", c.time_min_s},
      {"time_s", c.time_s},
      {"limits_ms", c.limits_ms},
      {"machine",
       {{"hostname", c.machine.hostname},
        {"nproc", c.machine.nproc},
        {"kernel", c.machine.kernel},
        {"date", c.machine.date}}},
  };
}

Calibration from_json(const nlohmann::json& j) {
  Calibration c;
  c.problem = j.at("problem").get<std::string>();
  c.key = j.at("key").get<std::string>();
  c.reference = j.at("reference").get<std::string>();
  c.reference_language = j.at("reference_language").get<std::string>();
  c.reference_factor = j.at("reference_factor").get<double>();
  c.repetitions = j.at("repetitions").get<int>();
  for (const auto& t : j.at("tests"))
    c.tests.push_back({t.at("test").get<std::string>(), t.at("runs_ms").get<std::vector<std::int64_t>>(),
                       t.at("median_ms").get<std::int64_t>()});
  c.slowest_test = j.at("slowest").at("test").get<std::string>();
  c.slowest_ms = j.at("slowest").at("ms").get<std::int64_t>();
  if (!j.at("time_multiplier").is_null()) c.time_multiplier = j.at("time_multiplier").get<double>();
  c.time_min_s = j.at("time_min_s").get<double>();
  c.time_s = j.at("time_s").get<double>();
  c.limits_ms = j.at("limits_ms").get<std::map<std::string, std::int64_t>>();
  const auto& machine = j.at("machine");
  c.machine = {machine.at("hostname").get<std::string>(), machine.at("nproc").get<unsigned>(),
               machine.at("kernel").get<std::string>(), machine.at("date").get<std::string>()};
  return c;
}

void store(const Calibration& calibration, const fs::path& file) {
  fs::create_directories(file.parent_path());
  fs::path temporary = temporary_beside(file);
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << json_text(to_json(calibration), 2) << "\n";
    if (!out.flush()) throw InternalError(fmt::format("{}: cannot write the calibration", temporary.string()));
  }
  publish_file(temporary, file);
}

// The reference's median CPU time per test, spreading the repetitions over
// the whole test list so that a burst of load on the machine hits one run
// of many tests rather than every run of one.
std::vector<TestTiming> time_reference(const Problem& problem, const Runner& runner, const Workspace& workspace,
                                       const std::vector<PreparedTest>& tests, const CalibrateOptions& options) {
  const RunLimits limits = generous_limits(problem, runner);
  std::vector<TestTiming> timings(tests.size());
  for (int round = 0; round < options.repetitions; ++round) {
    if (options.on_progress)
      options.on_progress(fmt::format("timing the reference, round {} of {}", round + 1, options.repetitions));
    for (std::size_t i = 0; i < tests.size(); ++i) {
      fs::path output = workspace.private_dir() / "output", errors = workspace.private_dir() / "stderr";
      sandbox::Outcome outcome = run_in_box(runner, workspace.box(), tests[i].input, output, errors, limits);
      Judgement judgement = judge_outcome(outcome, limits.cpu_ms, read_head(errors, 4096));
      if (judgement.verdict == Verdict::IE) throw InternalError(judgement.message);
      if (judgement.verdict != Verdict::AC)
        throw InputError(fmt::format("{}: the reference solution fails on test {} while calibrating: {} ({})",
                                     problem.reference.string(), tests[i].spec.id(), to_string(judgement.verdict),
                                     one_line(judgement.message)));
      timings[i].test = tests[i].spec.id();
      timings[i].runs_ms.push_back(outcome.cpu_ms);
    }
  }
  for (auto& timing : timings) timing.median_ms = median_of(timing.runs_ms);
  return timings;
}

std::map<std::string, std::int64_t> limits_by_language(const Problem& problem, const RunnerSet& runners,
                                                       double time_s) {
  std::map<std::string, std::int64_t> limits;
  for (const auto& language : runners.languages())
    limits[language] = std::llround(time_s * time_factor_for(problem, *runners.by_language(language)) * 1000);
  return limits;
}

}  // namespace

double time_factor_for(const Problem& problem, const Runner& runner) {
  if (auto it = problem.time_factors.find(runner.language); it != problem.time_factors.end()) return it->second;
  return runner.time_factor;
}

std::string calibration_key(const Problem& problem) {
  Hasher key;
  key.add("calibration-v1").add(problem.reference.filename().string()).add_file(problem.reference);
  for (const auto& test : problem.tests) {
    key.add(test.id());
    if (test.generated) {
      key.add("generated").add_file(problem.generator_source(test.generated->generator));
      for (const auto& arg : test.generated->args) key.add(arg);
      key.add(std::to_string(test.generated->seed));
    } else {
      key.add("static").add_file(test.input);
    }
  }
  return key.hex();
}

fs::path calibration_path(const fs::path& cache, const std::string& problem_id) {
  return cache / "calibration" / (problem_id + ".json");
}

std::optional<Calibration> stored_calibration(const Problem& problem, const fs::path& cache) {
  fs::path file = calibration_path(cache, problem.id);
  if (!fs::is_regular_file(file)) return std::nullopt;
  Calibration calibration;
  try {
    calibration = from_json(nlohmann::json::parse(read_file(file)));
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // unreadable or from another version: measure again
  }
  if (calibration.problem != problem.id || calibration.key != calibration_key(problem)) return std::nullopt;
  // A cache folder shared between machines (a network home) must not hand
  // one machine's speed to another.
  if (calibration.machine.hostname != host_name()) return std::nullopt;
  return calibration;
}

double calibrated_time_s(const Limits& limits, const Calibration& calibration) {
  double measured_s = calibration.slowest_ms / 1000.0 / calibration.reference_factor;
  return std::max(limits.time_min_s, limits.time_multiplier.value() * measured_s);
}

Calibration calibrate(const Problem& problem, const RunnerSet& runners, const fs::path& cache,
                      const CalibrateOptions& options) {
  const Runner runner = reference_runner(problem, runners);
  TestData data(problem, runners, cache);
  std::vector<PreparedTest> tests = data.prepare(options.on_progress);

  Workspace workspace;
  if (options.on_progress) options.on_progress("compiling the reference");
  CompileOutcome compiled = compile_cached(runner, problem.reference, workspace);
  if (!compiled.internal_error.empty()) throw InternalError(compiled.internal_error);
  if (!compiled.ok)
    throw InputError(fmt::format("{}: the reference solution does not compile: {}", problem.reference.string(),
                                 one_line(compiled.log.substr(0, 1500))));

  Calibration calibration;
  calibration.problem = problem.id;
  calibration.key = calibration_key(problem);
  calibration.reference = fs::relative(problem.reference, problem.root);
  calibration.reference_language = runner.language;
  calibration.reference_factor = time_factor_for(problem, runner);
  calibration.repetitions = std::max(1, options.repetitions);
  CalibrateOptions effective = options;
  effective.repetitions = calibration.repetitions;
  calibration.tests = time_reference(problem, runner, workspace, tests, effective);
  for (const auto& timing : calibration.tests)
    if (calibration.slowest_test.empty() || timing.median_ms > calibration.slowest_ms)
      calibration.slowest_test = timing.test, calibration.slowest_ms = timing.median_ms;
  calibration.time_multiplier = problem.limits.time_multiplier;
  calibration.time_min_s = problem.limits.time_min_s;
  if (problem.limits.time_multiplier) {
    calibration.time_s = calibrated_time_s(problem.limits, calibration);
    calibration.limits_ms = limits_by_language(problem, runners, calibration.time_s);
  }
  calibration.machine = this_machine();
  store(calibration, calibration_path(cache, problem.id));
  return calibration;
}

std::string to_string(TimeLimitSource source) {
  return source == TimeLimitSource::Calibrated ? "calibrated" : "problem.yaml";
}

BaseTimeLimit time_limit_in_force(const Problem& problem) {
  BaseTimeLimit fallback{problem.limits.time_s, TimeLimitSource::ProblemYaml};
  if (!problem.limits.time_multiplier) return fallback;
  std::optional<Calibration> calibration;
  try {
    calibration = stored_calibration(problem, cache_root());
  } catch (const std::exception&) {
    return fallback;  // no usable cache folder: the package's own seconds still grade
  }
  if (!calibration) return fallback;
  return {calibrated_time_s(problem.limits, *calibration), TimeLimitSource::Calibrated};
}

}  // namespace judge
