// The complexity hint's words (complexity_hint.h) and where its range is
// shown: the report's JSON and the batch report's HTML.
#include <catch2/catch.hpp>

#include "engine/complexity/complexity_hint.h"
#include "engine/complexity/instruction_count.h"
#include "engine/grading/report.h"
#include "engine/grading/report_json.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

using namespace judge;

TEST_CASE("complexity hint: a tie of two neighbours is a range, said against what is expected", "[complexity]") {
  GrowthEstimate tie;
  tie.tied = true;
  tie.fits = {{Growth::NLogN, 0, 1, 0.002}, {Growth::Linear, 0, 1, 0.0066}, {Growth::Quadratic, 0, 1, 0.3}};
  const auto range = narrowed_range(tie);
  REQUIRE(range);
  CHECK(range->first == Growth::Linear);
  CHECK(range->second == Growth::NLogN);
  CHECK(range_hint(*range, Growth::NLogN) ==
        "your solution grows like O(n) or O(n log n); the measurements could not tell which within the time the hint "
        "may take. This problem expects O(n log n), so either is fine.");
  CHECK_THAT(range_hint(*range, Growth::Linear),
             Catch::EndsWith("This problem expects O(n): if it is O(n log n), it is slower than expected."));
  CHECK_THAT(range_hint(*range, Growth::Log), Catch::EndsWith("so either is slower than expected."));

  // Not a tie, a class named, or classes that are not neighbours: no range.
  GrowthEstimate untied = tie;
  untied.tied = false;
  CHECK_FALSE(narrowed_range(untied));
  GrowthEstimate named = tie;
  named.growth = Growth::NLogN;
  CHECK_FALSE(narrowed_range(named));
  GrowthEstimate apart = tie;
  apart.fits = {{Growth::Linear, 0, 1, 0.01}, {Growth::Quadratic, 0, 1, 0.01}};
  CHECK_FALSE(narrowed_range(apart));
}

TEST_CASE("complexity hint: not sure says why in plain words", "[complexity]") {
  CHECK_THAT(unsure_hint(Unsure::Unclear), Catch::Contains("did not settle on one class within the time the hint"));
  CHECK_THAT(unsure_hint(Unsure::Unclear), Catch::Contains("JUDGE_HINT_BUDGET"));
  // A slow machine is not a slow solution.
  CHECK_THAT(unsure_hint(Unsure::OutOfTime), Catch::Contains("ran out of time on this machine"));
  CHECK_THAT(unsure_hint(Unsure::OutOfTime), Catch::Contains("not a verdict on your solution's speed"));
  CHECK_THAT(unsure_hint(Unsure::Failed, 4000), Catch::Contains("stopped with an error on an input of size 4000"));
  // A class named: the sentence of before.
  GrowthEstimate quadratic;
  quadratic.growth = Growth::Quadratic;
  quadratic.slope = 1.98;
  quadratic.slope_margin = 0.01;
  CHECK(growth_hint(quadratic, Growth::Linear, ", counting instructions", 200000, 12.0) ==
        "your solution grows like O(n^2) (measured 1.98 ± 0.01 on a log-log scale, counting instructions); this "
        "problem expects O(n); at n = 200000 it would need about 12 s.");
}

TEST_CASE("complexity hint: the JSON has a range beside a null estimate, and null otherwise", "[complexity]") {
  Report report;
  ComplexityReport c;
  c.expected = "O(n log n)";
  c.range = {"O(n)", "O(n log n)"};
  report.complexity = c;
  nlohmann::json json = to_json(report)["complexity"];
  CHECK(json["estimate"].is_null());
  CHECK(json["range"] == nlohmann::json::array({"O(n)", "O(n log n)"}));
  c.range.clear();
  c.estimate = "O(n)";
  report.complexity = c;
  json = to_json(report)["complexity"];
  CHECK(json["estimate"] == "O(n)");
  CHECK(json["range"].is_null());
}

// End to end: at two fifths of the nominal budget the reference's ladder stops
// at n = 31744, where O(n) fits its counts closely but a log factor could
// still hide in them. The sizes come from the counts alone, so this is the
// answer on any machine, unless the safety net stops it first.
TEST_CASE("complexity hint: submit --json narrows a short ladder to a range", "[complexity][slow]") {
  if (!instruction_counter()) {
    WARN("Valgrind's cachegrind is not installed: the hint is timed, and its ladder depends on the machine");
    return;
  }
  test_support::ScopedEnv budget("JUDGE_HINT_BUDGET", "2");
  const auto reference = test_support::source_dir() / "problems/minimum-passes/submissions/accepted/reference.cpp";
  auto r = test_support::run_judge("submit minimum-passes '" + reference.string() + "' --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  const auto complexity = nlohmann::json::parse(r.out)["complexity"];
  INFO(complexity.dump(2));
  if (complexity["reason"].get<std::string>().find("ran out of time") != std::string::npos) {
    WARN("the machine was too busy for the hint's safety net: nothing to check");
    return;
  }
  CHECK(complexity["measure"] == "instructions");
  CHECK(complexity["estimate"].is_null());
  CHECK(complexity["range"] == nlohmann::json::array({"O(n)", "O(n log n)"}));
  CHECK_THAT(complexity["hint"].get<std::string>(), Catch::StartsWith("your solution grows like O(n) or O(n log n)"));
}
