// Portable time limits: limits.time_multiplier and time_min in problem.yaml,
// `judge calibrate`, limits_for() using the calibration, and the validate
// warnings about margins. Timing figures depend on the machine, so these
// tests check the arithmetic and the bookkeeping, never a measured time;
// the fixture's submissions burn a fixed amount of CPU time.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <cmath>

#include "engine/base/errors.h"
#include "engine/compile/compile_in_box.h"
#include "engine/grading/calibrate.h"
#include "engine/grading/validator.h"
#include "engine/language/run_program.h"
#include "engine/limits/time_limits.h"
#include "engine/limits/time_limits.h"
#include "support/grading.h"
#include "support/temp_dir.h"

using namespace judge;
using test_support::read_file;
using test_support::runners;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;
namespace fs = std::filesystem;

namespace {

const fs::path kFixture = source_dir() / "tests/fixtures/problems/calibration-margin";

std::string limits_yaml(const std::string& limits) {
  return "id: demo\nlimits:\n" + limits + "reference: ref.cpp\n";
}

fs::path make_package(const TempDir& dir, const std::string& yaml) {
  write_file(dir / "demo/problem.yaml", yaml);
  write_file(dir / "demo/ref.cpp", "int main(){}");
  write_file(dir / "demo/data/sample/1.in", "1\n");
  write_file(dir / "demo/data/sample/1.ans", "1\n");
  return dir / "demo";
}

std::string load_error(const std::string& limits) {
  TempDir dir;
  try {
    load_problem(make_package(dir, limits_yaml(limits)));
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

// A package of its own (the id names the calibration file, and test cases
// run in parallel), whose reference burns `reference_ms` of CPU time.
fs::path scaled_package(const TempDir& dir, const std::string& id, int reference_ms) {
  fs::path root = dir / id;
  write_file(root / "problem.yaml", "id: " + id + R"(
limits:
  time: 2.0
  time_multiplier: 5
  time_min: 0.05
time_factors:
  python: 4
reference: reference.cpp
)");
  write_file(root / "reference.cpp", R"(#include <cstdio>
#include <ctime>
int main() {
  timespec t;
  volatile unsigned long spin = 0;
  do { spin = spin + 1; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); } while (t.tv_sec * 1000 + t.tv_nsec / 1000000 < )" +
                                         std::to_string(reference_ms) + R"();
  long long n;
  if (std::scanf("%lld", &n) == 1) std::printf("%lld\n", n);
}
)");
  write_file(root / "data/sample/1.in", "3\n");
  write_file(root / "data/sample/1.ans", "3\n");
  write_file(root / "data/secret/a.in", "5\n");
  write_file(root / "data/secret/a.ans", "5\n");
  return root;
}

// Keeps the shared cache free of a test's calibration, before (a run that
// was killed) and after.
struct ForgetCalibration {
  std::string id;
  explicit ForgetCalibration(std::string problem_id) : id(std::move(problem_id)) { forget(); }
  ~ForgetCalibration() { forget(); }
  void forget() const {
    std::error_code ec;
    fs::remove(calibration_path(Settings::from_environment().cache, id), ec);
  }
};

const Runner& cpp() { return *runners().by_language("cpp"); }
const Runner& python() { return *runners().by_language("python"); }

}  // namespace

TEST_CASE("limits.time_multiplier and time_min load with time as the fallback", "[calibration][problem]") {
  TempDir dir;
  Problem p = load_problem(make_package(dir, limits_yaml("  time: 1.5\n  time_multiplier: 4\n  time_min: 0.2\n")));
  CHECK(p.limits.time_s == 1.5);
  REQUIRE(p.limits.time_multiplier);
  CHECK(*p.limits.time_multiplier == 4);
  CHECK(p.limits.time_min_s == 0.2);

  Problem plain = load_problem(make_package(dir, limits_yaml("  time: 1.5\n")));
  CHECK_FALSE(plain.limits.time_multiplier);
  Problem no_floor = load_problem(make_package(dir, limits_yaml("  time: 1.5\n  time_multiplier: 4\n")));
  CHECK(no_floor.limits.time_min_s == 0.1);  // the documented default
}

TEST_CASE("bad time_multiplier and time_min are named with the file and line and the fix", "[calibration][problem]") {
  std::string low = load_error("  time: 1\n  time_multiplier: 2\n");
  CHECK_THAT(low, Catch::Contains("problem.yaml:4: field 'limits.time_multiplier'") &&
                      Catch::Contains("between 3 and 100") && Catch::Contains("a third of the limit"));
  CHECK_THAT(load_error("  time: 1\n  time_multiplier: fast\n"),
             Catch::Contains("field 'limits.time_multiplier': expected a number, got 'fast'"));
  CHECK_THAT(load_error("  time: 1\n  time_min: 0.2\n"),
             Catch::Contains("problem.yaml:4: field 'limits.time_min'") && Catch::Contains("add 'time_multiplier'"));
  CHECK_THAT(load_error("  time: 1\n  time_multiplier: 5\n  time_min: 0.001\n"),
             Catch::Contains("field 'limits.time_min': expected seconds between 0.05 and 60"));
  CHECK_THAT(load_error("  time_multiplier: 5\n"),
             Catch::Contains("field 'limits.time'") && Catch::Contains("not yet calibrated"));
  CHECK_THAT(load_error("  time: 1\n  time_multipler: 5\n"),
             Catch::Contains("limits.time_multipler': unknown field") && Catch::Contains("time_multiplier"));
}

TEST_CASE("calibrate stores multiplier x the slowest median and limits_for applies it", "[calibration]") {
  TempDir dir;
  ForgetCalibration forget{"calibration-scaled"};
  // 30 ms of CPU x 5 is above the 0.05 s floor, so the multiplier decides.
  Problem problem = load_problem(scaled_package(dir, "calibration-scaled", 30));
  CHECK(time_limit_in_force(problem, Settings::from_environment().cache).source == TimeLimitSource::ProblemYaml);
  CHECK(limits_for(problem, cpp(), Settings::from_environment().cache).cpu_ms == 2000);

  Calibration made = calibrate(problem, runners(), Settings::from_environment(), {});
  fs::path file = calibration_path(Settings::from_environment().cache, problem.id);
  REQUIRE(fs::is_regular_file(file));
  CHECK(file.parent_path().filename() == "calibration");

  std::optional<Calibration> stored = stored_calibration(problem, Settings::from_environment().cache);
  REQUIRE(stored);
  CHECK(stored->key == calibration_key(problem));
  CHECK(stored->repetitions == 3);
  REQUIRE(stored->tests.size() == problem.tests.size());
  for (const auto& test : stored->tests) {
    CHECK(test.runs_ms.size() == 3);
    CHECK(test.median_ms >= 20);  // it burns 30 ms; 10 would be enough to clear the floor
    CHECK(test.median_ms <= stored->slowest_ms);
    // Both tests burn the same time, so the slowest may be either (a tie).
    if (test.test == stored->slowest_test) CHECK(test.median_ms == stored->slowest_ms);
  }
  CHECK(stored->machine.nproc > 0);
  CHECK_FALSE(stored->machine.kernel.empty());
  CHECK_FALSE(stored->machine.date.empty());

  // The arithmetic, on the figures as stored: slowest x multiplier.
  double expected_s = 5 * stored->slowest_ms / 1000.0;
  CHECK(stored->time_s == Approx(expected_s));
  CHECK(stored->limits_ms.at("cpp") == std::llround(expected_s * 1000));
  CHECK(stored->limits_ms.at("python") == std::llround(expected_s * 4 * 1000));
  auto on_disk = nlohmann::json::parse(read_file(file));
  CHECK(on_disk["time_s"].get<double>() == Approx(on_disk["slowest"]["ms"].get<double>() * 5 / 1000));

  BaseTimeLimit in_force = time_limit_in_force(problem, Settings::from_environment().cache);
  CHECK(in_force.source == TimeLimitSource::Calibrated);
  CHECK(in_force.seconds == Approx(expected_s));
  CHECK(limits_for(problem, cpp(), Settings::from_environment().cache).cpu_ms == std::llround(expected_s * 1000));
  CHECK(limits_for(problem, python(), Settings::from_environment().cache).cpu_ms == std::llround(expected_s * 4 * 1000));
  CHECK(limits_for(problem, cpp(), Settings::from_environment().cache).time_source == "calibrated");
  CHECK(made.slowest_ms == stored->slowest_ms);
}

TEST_CASE("the floor applies and a new multiplier needs no new measurement", "[calibration]") {
  Calibration c;
  c.slowest_ms = 8;
  c.reference_factor = 1;
  Limits limits;
  limits.time_multiplier = 5;
  limits.time_min_s = 0.1;
  CHECK(calibrated_time_s(limits, c) == Approx(0.1));  // 5 x 8 ms is under the floor
  limits.time_multiplier = 20;
  CHECK(calibrated_time_s(limits, c) == Approx(0.16));
  c.reference_factor = 4;  // a Python reference's time counts a quarter for C++
  CHECK(calibrated_time_s(limits, c) == Approx(0.1));
  c.slowest_ms = 400;
  CHECK(calibrated_time_s(limits, c) == Approx(2.0));
}

TEST_CASE("an edited reference or test invalidates the calibration but a new multiplier does not", "[calibration]") {
  TempDir dir;
  ForgetCalibration forget{"calibration-edited"};
  fs::path root = scaled_package(dir, "calibration-edited", 1);
  Problem problem = load_problem(root);
  calibrate(problem, runners(), Settings::from_environment(), {});
  REQUIRE(stored_calibration(problem, Settings::from_environment().cache));

  SECTION("the multiplier") {
    std::string yaml = read_file(root / "problem.yaml");
    yaml.replace(yaml.find("time_multiplier: 5"), 18, "time_multiplier: 7");
    write_file(root / "problem.yaml", yaml);
    Problem edited = load_problem(root);
    std::optional<Calibration> stored = stored_calibration(edited, Settings::from_environment().cache);
    REQUIRE(stored);
    CHECK(time_limit_in_force(edited, Settings::from_environment().cache).seconds == Approx(std::max(0.05, 7 * stored->slowest_ms / 1000.0)));
  }
  SECTION("the reference") {
    write_file(root / "reference.cpp", read_file(root / "reference.cpp") + "// faster now\n");
    Problem edited = load_problem(root);
    CHECK_FALSE(stored_calibration(edited, Settings::from_environment().cache));
    CHECK(time_limit_in_force(edited, Settings::from_environment().cache).source == TimeLimitSource::ProblemYaml);
    CHECK(limits_for(edited, cpp(), Settings::from_environment().cache).cpu_ms == 2000);  // limits.time again
  }
  SECTION("a test") {
    write_file(root / "data/secret/a.in", "6\n");
    write_file(root / "data/secret/a.ans", "6\n");
    CHECK_FALSE(stored_calibration(load_problem(root), Settings::from_environment().cache));
  }
  SECTION("a test added") {
    write_file(root / "data/secret/b.in", "7\n");
    write_file(root / "data/secret/b.ans", "7\n");
    CHECK_FALSE(stored_calibration(load_problem(root), Settings::from_environment().cache));
  }
}

TEST_CASE("a calibration from another machine or a corrupt file is not used", "[calibration]") {
  TempDir dir;
  ForgetCalibration forget{"calibration-foreign"};
  Problem problem = load_problem(scaled_package(dir, "calibration-foreign", 1));
  calibrate(problem, runners(), Settings::from_environment(), {});
  fs::path file = calibration_path(Settings::from_environment().cache, problem.id);
  auto json = nlohmann::json::parse(read_file(file));
  json["machine"]["hostname"] = "some-other-host";
  write_file(file, json.dump());
  CHECK_FALSE(stored_calibration(problem, Settings::from_environment().cache));
  write_file(file, "{\"version\": 1, \"probl");
  CHECK_FALSE(stored_calibration(problem, Settings::from_environment().cache));
  CHECK(time_limit_in_force(problem, Settings::from_environment().cache).source == TimeLimitSource::ProblemYaml);
}

TEST_CASE("validate warns when the limit leaves too little room without failing", "[calibration][validate]") {
  const Problem& problem = test_support::package(kFixture);
  std::vector<ValidationCheck> checks = validate_problem(problem, runners(), Settings::from_environment(), {});
  for (const auto& check : checks) {
    INFO(check.what << ": " << check.detail);
    CHECK(check.passed);
  }
  auto warning_about = [&](const std::string& what) -> const ValidationCheck* {
    for (const auto& check : checks)
      if (check.warning && check.what.find(what) != std::string::npos) return &check;
    return nullptr;
  };
  // busy.cpp burns 200 ms of the 300 ms limit.
  const ValidationCheck* accepted = warning_about("accepted submissions need at most half");
  REQUIRE(accepted);
  CHECK_THAT(accepted->detail, Catch::Contains("submissions/accepted/busy.cpp takes") &&
                                   Catch::Contains("of its 300 ms limit") && Catch::Contains("time_multiplier"));
  // slightly_slow.cpp burns 360 ms: TLE at 300, AC at 450.
  const ValidationCheck* too_slow = warning_about("slightly_slow.cpp is still too slow with 1.5x");
  REQUIRE(too_slow);
  CHECK_THAT(too_slow->detail, Catch::Contains("with 1.5x the limit (450 ms) it gets AC") &&
                                   Catch::Contains("lower limits.time_multiplier"));
  // The reference itself is nowhere near either margin.
  for (const auto& check : checks)
    if (check.warning) CHECK(check.what.find("reference") == std::string::npos);
}

TEST_CASE("calibrate --json prints the documented object and submit --json says the limit is calibrated",
          "[calibration][cli]") {
  auto r = test_support::run_judge("calibrate '" + kFixture.string() + "' --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto out = nlohmann::json::parse(r.out);
  REQUIRE(out.is_object());
  CHECK(out["problem"] == "calibration-margin");
  CHECK(out["reference"] == "submissions/accepted/reference.cpp");
  CHECK(out["reference_language"] == "cpp");
  CHECK(out["repetitions"] == 3);
  CHECK(out["slowest_ms"].is_number_integer());
  CHECK(out["slowest_test"].is_string());
  CHECK(out["time_multiplier"] == 5);
  CHECK(out["time_min_s"] == Approx(0.3));
  CHECK(out["source"] == "calibrated");
  // The trivial reference is far under the floor: 5 x its time < 0.3 s.
  CHECK(out["time_s"] == Approx(0.3));
  CHECK(out["limits_ms"]["cpp"] == 300);
  CHECK(out["limits_ms"]["python"] == 900);
  CHECK(fs::is_regular_file(out["file"].get<std::string>()));
  CHECK(out["machine"]["nproc"].get<int>() > 0);
  CHECK(out["tests"].size() == 2);

  fs::path reference = kFixture / "submissions/accepted/reference.cpp";
  auto submitted = test_support::run_judge("submit '" + kFixture.string() + "' '" + reference.string() + "' --json");
  INFO(submitted.err);
  REQUIRE(submitted.status == 0);
  auto report = nlohmann::json::parse(submitted.out);
  CHECK(report["time_limit"]["source"] == "calibrated");
  CHECK(report["time_limit"]["seconds"] == Approx(0.3));
  CHECK(report["limits"]["time_ms"] == 300);
}

TEST_CASE("calibrate names an unknown problem with exit 2", "[calibration][cli]") {
  auto r = test_support::run_judge("calibrate no-such-problem");
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains("unknown problem 'no-such-problem'"));
}

TEST_CASE("submit calibrates an uncalibrated package once with a one-line notice", "[calibration][cli]") {
  TempDir dir;
  ForgetCalibration forget{"calibration-auto"};
  fs::path root = dir / "calibration-auto";
  fs::copy(kFixture, root, fs::copy_options::recursive);
  std::string yaml = read_file(root / "problem.yaml");
  yaml.replace(yaml.find("id: calibration-margin"), 22, "id: calibration-auto");
  write_file(root / "problem.yaml", yaml);
  std::string command = "submit '" + root.string() + "' '" + (root / "submissions/accepted/reference.cpp").string() +
                        "' --json";

  auto first = test_support::run_judge(command);
  INFO(first.err);
  REQUIRE(first.status == 0);
  CHECK_THAT(first.err, Catch::Contains("measuring calibration-auto's reference on this machine"));
  CHECK(std::count(first.err.begin(), first.err.end(), '\n') == 1);
  CHECK(fs::is_regular_file(calibration_path(Settings::from_environment().cache, "calibration-auto")));
  CHECK(nlohmann::json::parse(first.out)["time_limit"]["source"] == "calibrated");

  auto second = test_support::run_judge(command);
  REQUIRE(second.status == 0);
  CHECK(second.err.empty());
}
