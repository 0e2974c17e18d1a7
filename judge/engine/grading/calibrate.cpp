#include "calibrate.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "engine/base/errors.h"
#include "engine/base/file_text.h"
#include "engine/base/workspace.h"
#include "engine/compile/compile.h"
#include "engine/language/driver.h"
#include "engine/language/verdict.h"
#include "engine/limits/time_limits.h"
#include "engine/prepare/prepared_tests.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

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
      sandbox::Outcome outcome = run_program(runner, workspace.box(), tests[i].input, output, errors, limits);
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

Calibration calibrate(const Problem& problem, const RunnerSet& runners, const Settings& settings,
                      const CalibrateOptions& options) {
  const Runner runner = reference_runner(problem, runners);
  PreparedTests data(problem, runners, settings);
  std::vector<PreparedTest> tests = data.prepare(options.on_progress);

  Workspace workspace;
  if (options.on_progress) options.on_progress("compiling the reference");
  CompileOutcome compiled = compile_source(runner, problem.reference, workspace, settings);
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
  store_calibration(calibration, settings.cache);
  return calibration;
}

void ensure_calibration(const Problem& problem, const RunnerSet& runners, const Settings& settings,
                        const std::function<void(const std::string&)>& notice) {
  if (!problem.limits.time_multiplier) return;
  if (stored_calibration(problem, settings.cache)) return;
  // The tests are made first and their faults (a generator that fails, a
  // reference that cannot answer) thrown as they are: grading needs the
  // same tests, and falling back to problem.yaml's time would only meet the
  // same fault again and report it twice.
  PreparedTests(problem, runners, settings).prepare();
  notice(fmt::format(
      "measuring {}'s reference on this machine to set its time limit (once; `judge calibrate {}` redoes it)",
      problem.id, problem.id));
  try {
    calibrate(problem, runners, settings);
  } catch (const InputError& e) {
    notice(fmt::format("calibration failed, so time: {} s from problem.yaml applies: {}", problem.limits.time_s,
                       e.what()));
  }
}

}  // namespace judge
