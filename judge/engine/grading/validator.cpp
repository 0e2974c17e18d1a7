#include "validator.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "engine/base/errors.h"
#include "engine/base/hashing.h"
#include "engine/base/workspace.h"
#include "engine/compile/trusted_tools.h"
#include "engine/complexity/complexity_check.h"
#include "engine/limits/time_limits.h"
#include "engine/prepare/prepared_tests.h"
#include "grader.h"

namespace judge {
namespace fs = std::filesystem;

const std::vector<ExpectedVerdictFolder>& expected_verdict_folders() {
  static const std::vector<ExpectedVerdictFolder> folders = {
      {"accepted", "AC"},           {"wrong_answer", "WA"},          {"time_limit_exceeded", "TLE"},
      {"run_time_error", "RE"},     {"memory_limit_exceeded", "MLE"}, {"output_limit_exceeded", "OLE"},
      {"compile_error", "CE"},      {"security_violation", "SV"},
  };
  return folders;
}

namespace {

void check_generators(const Problem& problem, const fs::path& cache, std::vector<ValidationCheck>& checks,
                      const std::function<void(const ValidationCheck&)>& on_check) {
  Workspace scratch;
  std::map<std::string, bool> built;
  int calls = 0;
  std::vector<std::string> nondeterministic;
  for (const auto& test : problem.tests) {
    if (!test.generated) continue;
    fs::path first = scratch.private_dir() / "first.in", second = scratch.private_dir() / "second.in";
    generate_input(problem, cache, test, first);
    generate_input(problem, cache, test, second);
    ++calls;
    if (sha256_file(first) != sha256_file(second)) nondeterministic.push_back(test.id());
  }
  ValidationCheck check;
  check.what = "generators are deterministic";
  check.passed = nondeterministic.empty();
  check.detail = check.passed ? fmt::format("{} generated tests, each made twice and compared", calls)
                              : fmt::format("different output on a second run: {}", fmt::join(nondeterministic, ", "));
  checks.push_back(check);
  if (on_check) on_check(check);
}

// The sources in one of submissions/'s folders. A link loop or an entry
// that cannot be read is the package's to fix, named: not an exception
// that would read as the judge's fault.
std::vector<fs::path> submissions_in(const Problem& problem, const RunnerSet& runners, const fs::path& dir) {
  std::vector<fs::path> sources;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (ec && ec != std::errc::no_such_file_or_directory)
      throw InputError(fmt::format("{}: cannot read it: {}", dir.string(), ec.message()));
    return sources;
  }
  try {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!runners.by_extension(entry.path().extension().string())) continue;
      fs::file_status status = fs::status(entry.path(), ec);
      if (ec) throw InputError(fmt::format("{}: cannot read it: {}", entry.path().string(), ec.message()));
      if (!fs::is_regular_file(status)) continue;
      if (fs::weakly_canonical(entry.path()).string().rfind(problem.root.string() + "/", 0) != 0)
        throw InputError(fmt::format("{}: a link leading outside the package: copy the file in instead",
                                     entry.path().string()));
      sources.push_back(entry.path());
    }
  } catch (const fs::filesystem_error& e) {
    throw InputError(fmt::format("{}: {}", e.path1().string(), e.code().message()));
  }
  std::sort(sources.begin(), sources.end());
  return sources;
}

std::int64_t slowest_ms(const Report& report) {
  std::int64_t slowest = 0;
  for (const auto& test : report.tests) slowest = std::max(slowest, test.time_ms);
  return slowest;
}

// How much room a time limit leaves: an accepted submission above half the
// limit may fail on a slower or busier machine, and a too-slow one that
// would pass with 1.5x the limit may pass on a faster one.
constexpr double kAcceptedShareWarned = 0.5;
constexpr double kTooSlowRoom = 1.5;

struct SlowestAccepted {
  std::string name;
  std::int64_t slowest_ms = 0, limit_ms = 1;
  double share() const { return static_cast<double>(slowest_ms) / limit_ms; }
};

std::optional<ValidationCheck> accepted_room_warning(const std::optional<SlowestAccepted>& slowest) {
  if (!slowest || slowest->share() <= kAcceptedShareWarned) return std::nullopt;
  ValidationCheck check;
  check.what = "the accepted submissions need at most half of the time limit";
  check.passed = true;
  check.warning = true;
  check.detail = fmt::format(
      "{} takes {} ms on its slowest test, {:.0f}% of its {} ms limit (more than {:.0f}%): it may fail on a slower or "
      "busier machine; raise limits.time_multiplier (or limits.time, or time_factors for its language), or speed it "
      "up",
      slowest->name, slowest->slowest_ms, slowest->share() * 100, slowest->limit_ms, kAcceptedShareWarned * 100);
  return check;
}

// Grades a too-slow submission again with kTooSlowRoom times the limit in
// force; AC there means the limit is all that separates it from accepted.
std::optional<ValidationCheck> too_slow_room_warning(const Problem& problem, const RunnerSet& runners,
                                                     const Runner& runner, const fs::path& source,
                                                     const std::string& name, const Settings& settings) {
  Problem relaxed = problem;
  relaxed.limits.time_multiplier.reset();
  relaxed.limits.time_s = time_limit_in_force(problem, settings.cache).seconds * kTooSlowRoom;
  Report report = grade(relaxed, runners, runner, source, settings, {});
  if (report.verdict != Verdict::AC) return std::nullopt;
  ValidationCheck check;
  check.what = fmt::format("{} is still too slow with {}x the time limit", name, kTooSlowRoom);
  check.passed = true;
  check.warning = true;
  check.detail = fmt::format(
      "with {}x the limit ({} ms) it gets AC, its slowest test taking {} ms: a faster machine may accept it; lower "
      "limits.time_multiplier (or limits.time), or give it a larger test",
      kTooSlowRoom, report.limits.cpu_ms, slowest_ms(report));
  return check;
}

}  // namespace

std::vector<ValidationCheck> validate_problem(const Problem& problem, const RunnerSet& runners, const Settings& settings,
                                              const std::function<void(const ValidationCheck&)>& on_check) {
  std::vector<ValidationCheck> checks;
  auto add = [&](ValidationCheck check) {
    checks.push_back(check);
    if (on_check) on_check(check);
  };
  check_generators(problem, settings.cache, checks, on_check);
  for (ValidationCheck& check : check_complexity(problem, runners, settings)) add(check);

  bool reference_graded = false;
  std::optional<SlowestAccepted> slowest_accepted;
  for (const auto& [folder, expected_code] : expected_verdict_folders()) {
    std::vector<fs::path> sources = submissions_in(problem, runners, problem.root / "submissions" / folder);
    std::sort(sources.begin(), sources.end());
    Verdict expected = *verdict_from_string(expected_code);
    for (const auto& source : sources) {
      const Runner& runner = runners.for_source(source, "");
      std::string name = fs::relative(source, problem.root).string();
      ValidationCheck check;
      if (expected == Verdict::AC) {
        check.what = fmt::format("{} gets AC on every test", name);
        Report report = grade(problem, runners, runner, source, settings, {});
        std::int64_t slowest = slowest_ms(report);
        check.passed = report.verdict == Verdict::AC;
        check.detail = check.passed ? fmt::format("slowest test {} ms of {} ms", slowest, report.limits.cpu_ms)
                                    : fmt::format("got {}: {}", to_string(report.verdict), report.message);
        add(check);
        SlowestAccepted this_one{name, slowest, report.limits.cpu_ms};
        if (check.passed && (!slowest_accepted || this_one.share() > slowest_accepted->share()))
          slowest_accepted = this_one;
        if (fs::equivalent(source, problem.reference)) {
          reference_graded = true;
          ValidationCheck margin;
          margin.what = "the reference solution needs at most a third of the time limit";
          margin.passed = report.verdict == Verdict::AC && slowest * 3 <= report.limits.cpu_ms;
          margin.detail = fmt::format("slowest test {} ms; a third of the limit is {} ms", slowest, report.limits.cpu_ms / 3);
          add(margin);
        }
        continue;
      }
      check.what = fmt::format("{} gets {} on some test", name, expected_code);
      // The first failure usually is the expected one; only when it is not
      // do we pay for running every test.
      Report report = grade(problem, runners, runner, source, settings, {});
      auto has_expected = [&](const Report& r) {
        if (r.verdict == expected) return true;
        return std::any_of(r.tests.begin(), r.tests.end(), [&](const TestReport& t) { return t.verdict == expected; });
      };
      if (!has_expected(report) && report.verdict != Verdict::CE && report.verdict != Verdict::AC) {
        GradeOptions all;
        all.run_all = true;
        report = grade(problem, runners, runner, source, settings, all);
      }
      check.passed = has_expected(report);
      check.detail = check.passed ? report.message : fmt::format("got {} instead ({})", to_string(report.verdict), report.message);
      add(check);
      if (check.passed && expected == Verdict::TLE)
        if (auto warning = too_slow_room_warning(problem, runners, runner, source, name, settings)) add(*warning);
    }
  }
  if (auto warning = accepted_room_warning(slowest_accepted)) add(*warning);
  if (!reference_graded) {
    const Runner& runner = runners.for_source(problem.reference, "");
    Report report = grade(problem, runners, runner, problem.reference, settings, {});
    std::int64_t slowest = slowest_ms(report);
    ValidationCheck margin;
    margin.what = "the reference solution gets AC within a third of the time limit";
    margin.passed = report.verdict == Verdict::AC && slowest * 3 <= report.limits.cpu_ms;
    margin.detail = fmt::format("{}; slowest test {} ms; a third of the limit is {} ms", to_string(report.verdict), slowest,
                                report.limits.cpu_ms / 3);
    add(margin);
  }
  return checks;
}

}  // namespace judge
