// The instruction counter: reading its count, and counting a real program in
// the sandbox when Valgrind is installed (skipped, and said, where not).
#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/complexity_probe.h"
#include "engine/driver.h"
#include "engine/execution.h"
#include "engine/instruction_count.h"
#include "engine/locations.h"
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

// Real programs from the corpus (tests/complexity), compiled and counted in
// the sandbox as a submission's hint is. The budget is wide, so the sizes
// counted depend on the counts alone, which do not vary: the answers here
// are the same on every run and every machine with this Valgrind.
TEST_CASE("counted in the sandbox, O(n), O(n log n) and O(n^2) programs are told apart", "[complexity][slow]") {
  if (!instruction_counter()) {
    WARN("Valgrind's cachegrind is not installed: nothing to count with");
    return;
  }
  const fs::path source_dir = test_support::source_dir();
  RunnerSet runners = RunnerSet::load(source_dir / "runners");
  Problem problem = load_problem(source_dir / "problems" / "minimum-passes");
  const Runner reference = reference_runner(problem, runners);
  Workspace reference_workspace;
  REQUIRE(compile_in_box(reference, problem.reference, reference_workspace).ok);

  const std::pair<const char*, const char*> cases[] = {
      {"pos_array.cpp", "O(n)"}, {"heap_order.cpp", "O(n log n)"}, {"find_each.cpp", "O(n^2)"}};
  for (auto [file, expected] : cases) {
    const fs::path source = source_dir / "tests" / "complexity" / "minimum-passes" / file;
    const Runner runner = runner_for_problem(problem, runners.for_source(source, ""));
    Workspace workspace;
    REQUIRE(compile_in_box(runner, source, workspace).ok);
    ProbeOptions options;
    options.budget = std::chrono::seconds(300);
    options.reference_runner = &reference;
    options.reference_box = reference_workspace.box();
    std::optional<ComplexityReport> report =
        probe_complexity(problem, runner, workspace.box(), cache_root(), limits_for(problem, runner), options);
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
