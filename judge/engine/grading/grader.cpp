#include "grader.h"

#include <fmt/format.h>

#include <chrono>
#include <exception>
#include <optional>
#include <string_view>
#include <thread>

#include "engine/base/errors.h"
#include "engine/base/file_text.h"
#include "engine/base/utf8_text.h"
#include "engine/base/workspace.h"
#include "engine/check/checker.h"
#include "engine/compile/compile.h"
#include "engine/compile/trusted_tools.h"
#include "engine/complexity/complexity_probe.h"
#include "engine/language/driver.h"
#include "engine/language/run_program.h"
#include "engine/language/source_file.h"
#include "engine/limits/time_confirmation.h"
#include "engine/limits/time_limits.h"
#include "engine/prepare/prepared_tests.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kShownBytes = 1024;

// Cut on a character boundary: a cut through a multi-byte character would
// show (and store) a broken one where the program printed a whole one.
std::string excerpt(const fs::path& file) {
  std::string text = read_head(file, kShownBytes + 4);
  if (text.size() > kShownBytes) {
    text = std::string(utf8_prefix(text, kShownBytes));
    text += "\n[...]";
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Samples are public, so a failure on one shows everything; a hidden test
// only says what kind of failure it was.
std::string sample_details(const PreparedTest& test, const fs::path& output, const fs::path& errors,
                           const std::vector<std::string>& earlier_calls) {
  std::string details;
  if (!earlier_calls.empty())
    details = fmt::format("the calls before it, all right:\n  {}\n", fmt::join(earlier_calls, "\n  "));
  details += fmt::format("input:\n{}\nexpected:\n{}\nyour output:\n{}", excerpt(test.input),
                                    excerpt(test.answer), excerpt(output));
  std::string err = excerpt(errors);
  if (!err.empty()) details += fmt::format("\nyour stderr:\n{}", err);
  return details;
}

// The runs of one test, until one can be judged (time_confirmation.h):
// each has output files of its own, since the run that counts need not be
// the last.
struct TestRuns {
  std::vector<sandbox::Outcome> outcomes;
  std::string rerun;  // why it ran again
  std::size_t counted = 0;

  fs::path output(const Workspace& workspace, std::size_t i) const {
    return workspace.private_dir() / fmt::format("output-{}", i);
  }
  fs::path errors(const Workspace& workspace, std::size_t i) const {
    return workspace.private_dir() / fmt::format("stderr-{}", i);
  }
};

TestRuns run_until_judged(const Runner& runner, const Workspace& workspace, const PreparedTest& test,
                          const RunLimits& limits) {
  RunLimits watched = limits;
  watched.cpu_ms = watchdog_cpu_ms(limits.cpu_ms);
  TestRuns runs;
  auto run_once = [&] {
    const std::size_t i = runs.outcomes.size();
    runs.outcomes.push_back(
        run_program(runner, workspace.box(), test.input, runs.output(workspace, i), runs.errors(workspace, i), watched));
    return runs.outcomes.back();
  };
  sandbox::Outcome last = run_once();
  // (One the machine stopped after it was over its limit is a time-out.)
  for (int retry = 1; is_overloaded(last) && last.cpu_ms <= limits.cpu_ms && retry <= kOverloadRetries; ++retry) {
    // A pause that grows, for whatever crowds the machine to move on.
    std::this_thread::sleep_for(std::chrono::seconds(retry * retry));
    runs.rerun = "the machine was too busy to finish it";
    last = run_once();
  }
  runs.counted = run_that_counts(runs.outcomes);
  if (is_borderline_time_out(runs.outcomes[runs.counted], limits.cpu_ms)) {
    runs.rerun = fmt::format("its CPU time was within {}x of the limit, so the least of its runs counts",
                             kBorderlineFactor);
    for (int confirm = 0; confirm < kConfirmingRuns; ++confirm) {
      run_once();
      runs.counted = run_that_counts(runs.outcomes);
      if (runs.outcomes[runs.counted].cpu_ms <= limits.cpu_ms) break;  // within the limit: judged
    }
  }
  return runs;
}

TestReport run_test(const Problem& problem, const Runner& runner, const Workspace& workspace,
                    const PreparedTest& test, const RunLimits& limits, const fs::path& checker_binary) {
  TestReport report;
  report.name = test.spec.name;
  report.group = test.spec.group;
  report.sample = test.spec.sample;
  const TestRuns runs = run_until_judged(runner, workspace, test, limits);
  const sandbox::Outcome& outcome = runs.outcomes[runs.counted];
  const fs::path output = runs.output(workspace, runs.counted);
  const fs::path errors = runs.errors(workspace, runs.counted);
  report.time_ms = outcome.cpu_ms;
  report.wall_ms = outcome.wall_ms;
  report.memory_kb = outcome.peak_memory_kb;
  report.run_queue_ms = outcome.run_queue_ms;
  report.runs = static_cast<int>(runs.outcomes.size());
  report.rerun = runs.rerun;

  Judgement judgement = judge_outcome(outcome, limits.cpu_ms, read_head(errors, 4096));
  if (judgement.verdict == Verdict::IE && is_overloaded(outcome))
    judgement.message += fmt::format(" (ran {} times; grade again when the machine is quieter)", report.runs);
  else if (judgement.verdict == Verdict::TLE && report.runs > 1)
    judgement.message += fmt::format(" (the least of {} runs)", report.runs);
  std::vector<std::string> earlier_calls;
  if (judgement.verdict == Verdict::AC) {
    CheckResult checked = check(problem.checker, test.input, output, test.answer, checker_binary);
    switch (checked.status) {
      case CheckResult::Status::Accepted: judgement = {Verdict::AC, ""}; break;
      case CheckResult::Status::WrongAnswer: judgement = {Verdict::WA, checked.message}; break;
      case CheckResult::Status::PresentationError:
        judgement = {Verdict::WA, "presentation error: " + checked.message};
        break;
      case CheckResult::Status::CheckerFailed: judgement = {Verdict::IE, checked.message}; break;
    }
    earlier_calls = checked.earlier_calls;
    // A hidden test of a stdio problem must not leak its data; a class
    // problem's first wrong call is what the candidate needs to debug.
    if (judgement.verdict == Verdict::WA && !test.spec.sample && problem.kind == ProblemKind::Stdio)
      judgement.message = "the output differs from the expected answer";
  }
  report.verdict = judgement.verdict;
  report.message = judgement.message;
  if (test.spec.sample && judgement.verdict != Verdict::AC && judgement.verdict != Verdict::IE) {
    if (!report.message.empty()) report.message += '\n';
    report.message += sample_details(test, output, errors, earlier_calls);
  }
  return report;
}

// No estimate, and the reason in the places a reader looks: the report's
// `reason` and the sentence printed.
ComplexityReport hint_not_run(const ComplexitySpec& spec, std::string_view why) {
  ComplexityReport hint;
  hint.expected = spec.expected;
  hint.reason = fmt::format("the hint could not run: {}", one_line(why));
  hint.hint = fmt::format("No complexity hint: it could not run ({}). Your verdict is unaffected.", one_line(why));
  return hint;
}

void finish(Report& report) {
  std::vector<Verdict> verdicts;
  for (const auto& test : report.tests) verdicts.push_back(test.verdict);
  report.verdict = overall_verdict(verdicts);
  for (const auto& test : report.tests)
    if (test.verdict != Verdict::AC) {
      report.message = fmt::format("{} on test {}/{}", describe(test.verdict), test.group, test.name);
      break;
    }
}

}  // namespace

Report grade(const Problem& problem, const RunnerSet& runners, const Runner& language, const fs::path& source,
             const Settings& settings, const GradeOptions& options) {
  check_source_file(source);
  const Runner runner = runner_for_problem(problem, language);
  Report report;
  report.problem = problem.id;
  report.title = problem.title;
  report.language = runner.language;
  report.runner = runner.name;
  report.tests_total = problem.tests.size();
  report.sandbox_layers = sandbox::active_layers();
  report.sandbox_missing = sandbox::missing_layers();
  report.limits = limits_for(problem, runner, settings.cache);

  PreparedTests data(problem, runners, settings);
  std::vector<PreparedTest> tests = data.prepare(options.on_progress);
  fs::path checker_binary;
  if (problem.checker.kind == CheckerKind::Custom) checker_binary = build_tool(settings.cache, problem.checker.source);

  Workspace workspace;
  if (options.on_progress) options.on_progress("compiling");
  CompileOutcome compiled = compile_source(runner, source, workspace, settings);
  report.compile = {compiled.ok, compiled.log, compiled.time_ms, compiled.from_cache, compiled.run_queue_ms};
  if (!compiled.internal_error.empty()) {
    report.verdict = Verdict::IE;
    report.message = compiled.internal_error;
    return report;
  }
  if (!compiled.ok) {
    report.verdict = Verdict::CE;
    report.message = describe(Verdict::CE);
    if (std::string why = interface_error(compiled.log); !why.empty()) report.message += ": " + why;
    return report;
  }

  bool failed = false;
  for (const auto& test : tests) {
    // Every sample runs, so the candidate sees each one they fail; hidden
    // tests stop at the first failure unless asked for all.
    if (failed && !options.run_all && !test.spec.sample) break;
    TestReport result = run_test(problem, runner, workspace, test, report.limits, checker_binary);
    if (result.verdict != Verdict::AC) failed = true;
    if (options.on_test) options.on_test(result);
    report.tests.push_back(std::move(result));
  }
  finish(report);
  // The hint explains a TLE and flags an AC that will not scale; a wrong
  // answer has other things to fix first.
  if (options.hints && problem.complexity && (report.verdict == Verdict::AC || report.verdict == Verdict::TLE)) {
    if (options.on_progress) options.on_progress("measuring how the running time grows");
    ProbeOptions probe;
    probe.budget = settings.hint_budget;
    probe.measure = settings.complexity_measure;
    probe.ladder_log = settings.ladder_log;
    // The reference runs beside the candidate on the same sizes. Compiled
    // from the cache, as a rule; if it does not build, the hint goes on
    // without it (validate is where a broken reference is reported).
    // A hint that cannot run (the package's generator fails, the counter
    // breaks) is no fault of the candidate's: the verdict stands, and the
    // hint says why there is no estimate.
    try {
      const std::filesystem::path reference_source = hint_reference(problem, runner);
      const Runner reference = reference_runner(problem, runners, reference_source);
      Workspace reference_workspace;
      if (compile_source(reference, reference_source, reference_workspace, settings).ok) {
        probe.reference_runner = &reference;
        probe.reference_box = reference_workspace.box();
      }
      report.complexity = probe_complexity(problem, runner, workspace.box(), settings.cache, report.limits, probe);
    } catch (const std::exception& e) {
      report.complexity = hint_not_run(*problem.complexity, e.what());
    }
  }
  return report;
}

}  // namespace judge
