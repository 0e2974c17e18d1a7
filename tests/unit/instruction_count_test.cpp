// The instruction counter: reading its count, and counting a real program in
// the sandbox when Valgrind is installed (skipped, and said, where not).
#include <catch2/catch.hpp>

#include <algorithm>

#include <fmt/format.h>

#include <fstream>

#include "engine/base/settings.h"
#include "engine/compile/compile_in_box.h"
#include "engine/complexity/complexity_probe.h"
#include "engine/complexity/counted_ladder.h"
#include "engine/complexity/instruction_count.h"
#include "engine/language/driver.h"
#include "engine/language/run_program.h"
#include "engine/limits/time_limits.h"
#include "support/grading.h"

using namespace judge;
namespace fs = std::filesystem;

TEST_CASE("the count is read from the counter's last summary line", "[complexity]") {
  CHECK(instructions_from_log("==2== Cachegrind\n==2== \n==2== I   refs:      14,931,731\n") == 14931731u);
  // The program wrote a line of its own first; the tool's comes last.
  CHECK(instructions_from_log("==7== I refs: 5\nhello\n==2== I   refs:      1,000\n") == 1000u);
  CHECK_FALSE(instructions_from_log("==2== Cachegrind\nKilled\n"));
  CHECK_FALSE(instructions_from_log(""));
}

TEST_CASE("a counted run goes through the tool, with its launcher and a fixed hash seed", "[complexity]") {
  const auto& counter = instruction_counter();
  if (!counter) {
    WARN("Valgrind's cachegrind is not installed: the complexity hint times CPU instead");
    return;
  }
  Runner runner;
  runner.run = {"./solution"};
  Runner wrapped = counted(runner, *counter);
  REQUIRE(wrapped.run.size() > 1);
  CHECK(wrapped.run.front() == counter->tool.string());
  CHECK(wrapped.run.back() == "./solution");
  CHECK(std::find(wrapped.env.begin(), wrapped.env.end(), "PYTHONHASHSEED=0") != wrapped.env.end());
}

namespace {

// A problem of the corpus (tests/complexity) with its reference compiled,
// probing the corpus's files as a submission's hint is, in the sandbox.
struct CorpusProbe {
  Problem problem;
  fs::path reference_source;
  Runner reference;
  Workspace reference_workspace;

  // `language`: the reference the hint would pick for a candidate in it
  // (hint_reference); empty: the problem's own.
  explicit CorpusProbe(const std::string& id, const std::string& language = "")
      : problem(load_problem(test_support::source_dir() / "problems" / id)),
        reference_source(language.empty()
                             ? problem.reference
                             : hint_reference(problem, *test_support::runners().by_language(language))),
        reference(reference_runner(problem, test_support::runners(), reference_source)) {
    REQUIRE(compile_in_box(reference, reference_source, reference_workspace).ok);
  }

  std::optional<ComplexityReport> probe(const std::string& file, std::chrono::seconds budget) {
    const fs::path source = test_support::source_dir() / "tests" / "complexity" / problem.id / file;
    const Runner runner = runner_for_problem(problem, test_support::runners().for_source(source, ""));
    Workspace workspace;
    REQUIRE(compile_in_box(runner, source, workspace).ok);
    ProbeOptions options;
    options.budget = budget;
    options.reference_runner = &reference;
    options.reference_box = reference_workspace.box();
    return probe_complexity(problem, runner, workspace.box(), Settings::from_environment().cache, limits_for(problem, runner, Settings::from_environment().cache), options);
  }
};

}  // namespace

// Real programs from the corpus, compiled and counted in the sandbox as a
// submission's hint is. The budget is wide, so the sizes counted depend on
// the counts alone, which do not vary: the answers here are the same on
// every run and every machine with this Valgrind.
TEST_CASE("counted in the sandbox, O(n), O(n log n) and O(n^2) programs are told apart", "[complexity][slow]") {
  if (!instruction_counter()) {
    WARN("Valgrind's cachegrind is not installed: nothing to count with");
    return;
  }
  CorpusProbe corpus("minimum-passes");
  const std::pair<const char*, const char*> cases[] = {
      {"pos_array.cpp", "O(n)"}, {"heap_order.cpp", "O(n log n)"}, {"find_each.cpp", "O(n^2)"}};
  for (auto [file, expected] : cases) {
    std::optional<ComplexityReport> report = corpus.probe(file, std::chrono::seconds(300));
    REQUIRE(report);
    INFO(file << ": " << report->hint);
    CHECK(report->measure == "instructions");
    CHECK(report->estimate == std::optional<std::string>(expected));
    for (const ComplexityPoint& point : report->points) {
      CHECK(point.instructions);
      CHECK(point.reference_instructions);
    }
  }
}

TEST_CASE("a ladder's counts are read from the server's lines", "[complexity]") {
  // The server subtracts each null twin's total from its work child's
  // (runners/ladders/python.py); the counter's own totals, in files of
  // their own, never reach this log.
  const std::string log =
      "judge-ladder: ready after 1.52 s\n"
      "judge-ladder: input 0 status 0 work 500 wall 0.1\n"
      "noise from the program\n"
      "judge-ladder: input 1 status 0 work 2000 wall 0.1\n";
  LadderCounts counts = ladder_counts_from_log(log, 3);
  REQUIRE(counts.work.size() == 3);
  CHECK(counts.work[0] == 500u);
  CHECK(counts.work[1] == 2000u);
  CHECK(counts.wall[1] == Approx(0.1));
  CHECK_FALSE(counts.work[2]);  // never started: past the work budget
  CHECK(counts.wall[2] == 0);
  CHECK_FALSE(counts.failed);
  CHECK_FALSE(counts.out_of_time);

  // A failed size ends the ladder: a larger one that finished beside it
  // does not count.
  counts = ladder_counts_from_log(log +
                                      "judge-ladder: input 2 status 0 work 9000 wall 0.1\n"
                                      "judge-ladder: input 1 status 1 work - wall 0.1\n",
                                  3);
  CHECK(counts.failed == std::optional<std::size_t>(1));
  CHECK(counts.work[0] == 500u);
  CHECK_FALSE(counts.work[1]);
  CHECK_FALSE(counts.work[2]);
  // A size whose logs the server could not read does not count.
  CHECK_FALSE(ladder_counts_from_log("judge-ladder: input 0 status 0 work - wall 0.1\n", 1).work[0]);
  // Lines of the old format (pids, no counts) count nothing.
  CHECK_FALSE(ladder_counts_from_log("judge-ladder: input 0 null 3 work 4 status 0 wall 0.1\n", 1).work[0]);
}

// Python's ladder in one interpreter (counted_ladder.h), on a script of the
// test's own, in the sandbox, under the ForkingProgram profile.
TEST_CASE("a Python program's ladder is counted in one interpreter", "[complexity][slow]") {
  if (!instruction_counter()) {
    WARN("Valgrind's cachegrind is not installed: nothing to count with");
    return;
  }
  const Runner& python = *test_support::runners().by_language("python");
  REQUIRE_FALSE(python.ladder.empty());
  if (!has_counted_ladder(python)) {
    WARN("skipped: no pids cgroup and not root, so the ladder's forks could not be bounded (Python is timed)");
    return;
  }
  // Sums the numbers on stdin, one pass; fails on an input of more than
  // 4000, and on every input if the cyclic collector is on (the ladder
  // server turns it off: its schedule makes counts uneven).
  const std::string script =
      "import gc, sys\n"
      "if gc.isenabled():\n"
      "    sys.exit(5)\n"
      "numbers = [int(token) for token in sys.stdin.read().split()]\n"
      "if len(numbers) > 4000:\n"
      "    sys.exit(3)\n"
      "total = 0\n"
      "for x in numbers:\n"
      "    total += x\n"
      "print(total)\n";
  Workspace workspace;
  const fs::path source = workspace.private_dir() / "sum.py";
  std::ofstream(source) << script;
  REQUIRE(compile_in_box(python, source, workspace).ok);
  std::vector<fs::path> inputs;
  for (int n : {500, 1000, 2000, 4000, 8000}) {
    inputs.push_back(workspace.private_dir() / fmt::format("in-{}", n));
    std::ofstream input(inputs.back());
    for (int i = 0; i < n; ++i) input << i % 1000 << '\n';
  }
  RunLimits limits;
  limits.cpu_ms = 20000;
  const LadderCounts counts = count_ladder(python, *instruction_counter(), workspace.box(), inputs, limits, {1e18, 0}, 60,
                                           workspace.private_dir());
  CHECK(counts.failed == std::optional<std::size_t>(4));
  for (std::size_t i = 0; i < 4; ++i) REQUIRE(counts.work[i]);
  CHECK_FALSE(counts.work[4]);
  // Without the interpreter's start-up, the work doubles with the input
  // (its fixed part, compiling nothing and exiting, is small beside it).
  for (std::size_t i = 1; i < 4; ++i) {
    const double ratio = static_cast<double>(*counts.work[i]) / static_cast<double>(*counts.work[i - 1]);
    INFO("input " << i << ": " << *counts.work[i] << " after " << *counts.work[i - 1]);
    CHECK(ratio > 1.8);
    CHECK(ratio < 2.2);
  }
}

TEST_CASE("a Python O(n^2) solution is counted in one interpreter, and named", "[complexity][slow]") {
  if (!instruction_counter()) {
    WARN("Valgrind's cachegrind is not installed: nothing to count with");
    return;
  }
  if (!has_counted_ladder(*test_support::runners().by_language("python"))) {
    WARN("skipped: no pids cgroup and not root, so the ladder's forks could not be bounded (Python is timed)");
    return;
  }
  CorpusProbe corpus("minimum-passes");
  // The ladder stops at 2000 rather than at the budget, so the sizes
  // counted do not depend on the machine's speed or load.
  corpus.problem.complexity->max_size = 2000;
  std::optional<ComplexityReport> report = corpus.probe("simulate.py", std::chrono::seconds(120));
  REQUIRE(report);
  INFO(report->hint);
  CHECK(report->measure == "instructions");
  CHECK(report->estimate == std::optional<std::string>("O(n^2)"));
  CHECK(report->points.size() == 7);  // 31 to 2000, doubling
  for (const ComplexityPoint& point : report->points) CHECK(point.reference_instructions);
}

TEST_CASE("the hint's reference is in the candidate's language when the package has one", "[complexity]") {
  const RunnerSet& runners = test_support::runners();
  Problem problem = load_problem(test_support::source_dir() / "problems" / "minimum-passes");
  CHECK(hint_reference(problem, *runners.by_language("cpp")) == problem.reference);
  CHECK(hint_reference(problem, *runners.by_language("python")) ==
        problem.root / "submissions" / "accepted" / "reference.py");
  // C has no reference of its own: the problem's.
  CHECK(hint_reference(problem, *runners.by_language("c")) == problem.reference);
}

TEST_CASE("a Python tie is settled beside the Python reference, either way", "[complexity][slow]") {
  if (!instruction_counter() || !has_counted_ladder(*test_support::runners().by_language("python"))) {
    WARN("skipped: no Valgrind, or the ladder's forks cannot be bounded here");
    return;
  }
  CorpusProbe corpus("minimum-passes", "python");
  REQUIRE(corpus.reference_source.extension() == ".py");
  // Capped at 16000, past the 8x of the smallest size that O(n) needs, so
  // the sizes counted do not depend on the machine.
  corpus.problem.complexity->max_size = 16000;
  std::optional<ComplexityReport> linear = corpus.probe("pos_list.py", std::chrono::seconds(120));
  REQUIRE(linear);
  INFO(linear->reason);
  CHECK(linear->estimate == std::optional<std::string>("O(n)"));
  CHECK_THAT(linear->reason, Catch::Contains("keep step with the reference"));
  // heapq: its counts outgrow the O(n) reference's by a log factor.
  std::optional<ComplexityReport> log_factor = corpus.probe("heap_order.py", std::chrono::seconds(120));
  REQUIRE(log_factor);
  INFO(log_factor->reason);
  CHECK(log_factor->estimate == std::optional<std::string>("O(n log n)"));
  CHECK_THAT(log_factor->reason, Catch::Contains("outgrow the reference's (O(n))"));
}
