// The engine's settings: read from the environment in one place, and the
// cache folder they name holds every cache a grading makes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/grading/calibrate.h"
#include "engine/grading/grader.h"
#include "support/grading.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

using namespace judge;
using test_support::ScopedEnv;
using test_support::TempDir;
namespace fs = std::filesystem;

TEST_CASE("the settings come from the environment, once, with the documented defaults", "[settings]") {
  TempDir dir;
  ScopedEnv cache("JUDGE_CACHE_DIR", (dir / "cache").c_str());
  {
    ScopedEnv pch("JUDGE_PCH", "1");
    ScopedEnv budget("JUDGE_HINT_BUDGET", "");
    ScopedEnv measure("JUDGE_COMPLEXITY_MEASURE", "");
    const Settings settings = Settings::from_environment();
    CHECK(settings.cache == dir / "cache");
    CHECK(fs::is_directory(dir / "cache"));
    CHECK((fs::status(dir / "cache").permissions() & fs::perms::all) ==
          (fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec));
    CHECK(settings.precompiled_headers);
    CHECK(settings.precompiled_header_dir() == dir / "cache" / "pch");
    CHECK(settings.compile_cache_dir() == dir / "cache" / "compiled");
    CHECK(settings.hint_budget == std::chrono::milliseconds(5000));
    CHECK(settings.complexity_measure == ComplexityMeasure::Auto);
    CHECK(settings.ladder_log.empty());
  }
  {
    ScopedEnv pch("JUDGE_PCH", "0");
    ScopedEnv budget("JUDGE_HINT_BUDGET", "2.5");
    ScopedEnv measure("JUDGE_COMPLEXITY_MEASURE", "cpu");
    ScopedEnv log("JUDGE_LADDER_LOG", (dir / "ladder.log").c_str());
    const Settings settings = Settings::from_environment();
    CHECK_FALSE(settings.precompiled_headers);
    CHECK(settings.precompiled_header_dir().empty());
    CHECK(settings.hint_budget == std::chrono::milliseconds(2500));
    CHECK(settings.complexity_measure == ComplexityMeasure::Cpu);
    CHECK(settings.ladder_log == dir / "ladder.log");
  }
  {
    // Out of range or not a number: ignored, as it always was.
    ScopedEnv budget("JUDGE_HINT_BUDGET", "soon");
    ScopedEnv measure("JUDGE_COMPLEXITY_MEASURE", "instructions");
    const Settings settings = Settings::from_environment();
    CHECK(settings.hint_budget == std::chrono::milliseconds(5000));
    CHECK(settings.complexity_measure == ComplexityMeasure::Instructions);
  }
  {
    ScopedEnv garbage("JUDGE_COMPILE_CACHE_MB", "1e3");
    REQUIRE_THROWS_AS(Settings::from_environment(), InputError);
    try {
      Settings::from_environment();
    } catch (const InputError& e) {
      CHECK(std::string(e.what()).find("JUDGE_COMPILE_CACHE_MB=1e3") != std::string::npos);
    }
  }
}

TEST_CASE("a grading under another cache folder keeps all six caches there", "[settings]") {
  // The environment's cache folder is an empty one of its own: nothing may
  // land there.
  TempDir given, environment;
  ScopedEnv cache("JUDGE_CACHE_DIR", environment.path().c_str());
  const Settings settings = Settings::with_cache(given.path());
  const RunnerSet& runners = test_support::runners();
  // lru-cache has them all: a time_multiplier (calibration/), generated
  // tests (tools/ for the generators, tests/ for inputs and answers), a
  // class driver (pch/), compiles (compiled/) and a complexity section
  // (complexity/, for the hint's inputs).
  const Problem& problem = test_support::package(test_support::source_dir() / "problems" / "lru-cache");
  REQUIRE(problem.limits.time_multiplier);
  REQUIRE(problem.complexity);
  std::vector<std::string> notices;
  ensure_calibration(problem, runners, settings, [&](const std::string& line) { notices.push_back(line); });
  CHECK_FALSE(notices.empty());
  GradeOptions options;
  options.hints = true;
  const fs::path reference = problem.reference;
  const Report report = grade(problem, runners, runners.for_source(reference, ""), reference, settings, options);
  CHECK(report.verdict == Verdict::AC);
  CHECK(report.limits.time_source == "calibrated");
  for (const char* folder : {"calibration", "compiled", "pch", "tests", "tools", "complexity"}) {
    INFO(folder);
    CHECK(fs::is_directory(given / folder));
    CHECK_FALSE(fs::exists(environment / folder));
  }
  CHECK(fs::is_regular_file(given / "calibration" / "lru-cache.json"));
}
