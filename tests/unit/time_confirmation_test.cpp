// Borderline time-outs confirmed end to end: real programs that burn a fixed
// amount of CPU time, graded against the calibration-margin fixture, whose
// limit is 300 ms on any machine (see its problem.yaml).
#include <catch2/catch.hpp>

#include "engine/grading/report.h"
#include "engine/grading/report_json.h"
#include "support/grading.h"

using namespace judge;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

const std::filesystem::path kFixture = source_dir() / "tests/fixtures/problems/calibration-margin";

std::string burner(int ms) {
  return R"(#include <cstdio>
#include <ctime>
static double cpu_ms() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}
int main() {
  volatile unsigned long spin = 0;
  while (cpu_ms() < )" + std::to_string(ms) + R"() spin = spin + 1;
  long long n;
  if (std::scanf("%lld", &n) == 1) std::printf("%lld\n", n);
})";
}

const TestReport& first_failure(const Report& report) {
  for (const TestReport& t : report.tests)
    if (t.verdict != Verdict::AC) return t;
  FAIL("no test failed");
  return report.tests.front();
}

}  // namespace

TEST_CASE("a time-out within 1.5x of the limit is run three times and the least CPU time counts", "[grading][time]") {
  const Problem& problem = test_support::package(kFixture);
  // 360 ms against 300: over on every run, so all three run.
  Report report = test_support::grade_source(problem, kFixture / "submissions/time_limit_exceeded/slightly_slow.cpp");
  REQUIRE(report.limits.cpu_ms == 300);
  CHECK(report.verdict == Verdict::TLE);
  const TestReport& timed_out = first_failure(report);
  CHECK(timed_out.verdict == Verdict::TLE);
  CHECK(timed_out.runs == 3);
  CHECK_THAT(timed_out.rerun, Catch::Contains("within 1.5x of the limit"));
  CHECK_THAT(timed_out.message, Catch::Contains("the least of 3 runs"));
  CHECK(timed_out.time_ms > 300);
  CHECK(timed_out.time_ms <= 450);
  CHECK(to_json(report)["tests"][0]["runs"] == 3);
}

TEST_CASE("a clear time-out is stopped at 1.5x of the limit and not run again", "[grading][time]") {
  const Problem& problem = test_support::package(kFixture);
  TempDir dir;
  write_file(dir / "slow.cpp", burner(3000));
  Report report = test_support::grade_source(problem, dir / "slow.cpp");
  CHECK(report.verdict == Verdict::TLE);
  const TestReport& timed_out = first_failure(report);
  CHECK(timed_out.runs == 1);
  CHECK(timed_out.rerun.empty());
  CHECK_THAT(timed_out.message, Catch::Contains("used more than 300 ms of CPU time"));
  CHECK(timed_out.time_ms >= 450);
  CHECK(timed_out.time_ms < 1500);  // the watchdog, not the program's end, stopped it
}

TEST_CASE("an accepted run within the limit runs once", "[grading][time]") {
  const Problem& problem = test_support::package(kFixture);
  Report report = test_support::grade_source(problem, kFixture / "submissions/accepted/busy.cpp");
  CHECK(report.verdict == Verdict::AC);
  for (const TestReport& t : report.tests) {
    CHECK(t.runs == 1);
    CHECK(t.rerun.empty());
  }
}
