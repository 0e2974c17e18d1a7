// Issue 17: every runner field is checked when the runners are read, and a
// broken runner is an InputError naming its file and field (exit 2).
#include <catch2/catch.hpp>

#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "engine/language/driver.h"
#include "engine/language/runner.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

const std::string kGood = R"(language: cpp
extensions: [.cpp]
source: solution.cpp
compile: [/usr/bin/g++, -O2, -o, solution, solution.cpp]
run: [./solution]
)";

// A runners folder holding one runner, `yaml`, and the real C++ templates.
fs::path runners_with(const TempDir& dir, const std::string& yaml) {
  fs::path runners = dir / "runners";
  fs::remove_all(runners);
  fs::create_directories(runners);
  fs::copy(source_dir() / "runners/drivers", runners / "drivers", fs::copy_options::recursive);
  write_file(runners / "cpp.yaml", yaml);
  return runners;
}

std::string load_error(const TempDir& dir, const std::string& yaml) {
  try {
    RunnerSet::load(runners_with(dir, yaml));
  } catch (const InputError& e) {
    return e.what();
  } catch (const std::exception& e) {
    FAIL("not an InputError: " << e.what());
  }
  return "(loaded)";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("a well-formed runner loads", "[runner][inputs]") {
  TempDir dir;
  CHECK(load_error(dir, kGood) == "(loaded)");
}

TEST_CASE("empty commands and file names are refused by field", "[runner][inputs]") {
  TempDir dir;
  CHECK_THAT(load_error(dir, replaced(kGood, "[/usr/bin/g++, -O2, -o, solution, solution.cpp]", "[]")),
             Catch::Contains("cpp.yaml") && Catch::Contains("'compile'") && Catch::Contains("empty"));
  CHECK_THAT(load_error(dir, replaced(kGood, "[./solution]", "['']")),
             Catch::Contains("'run'") && Catch::Contains("empty"));
  CHECK_THAT(load_error(dir, replaced(kGood, "source: solution.cpp", "source: ''")),
             Catch::Contains("'source'") && Catch::Contains("bare file name"));
}

TEST_CASE("a time factor out of range is refused", "[runner][inputs]") {
  TempDir dir;
  for (const char* factor : {"0", "-1", "1e308", "0.01"})
    CHECK_THAT(load_error(dir, kGood + "time_factor: " + factor + "\n"),
               Catch::Contains("time_factor") && Catch::Contains("between 0.1 and 20"));
  CHECK(load_error(dir, kGood + "time_factor: 3\n") == "(loaded)");
}

const std::string kDriver = R"(driver:
  template: drivers/cpp.mustache
  file: driver.cpp
  compile: [/usr/bin/g++, -o, solution, driver.cpp]
  run: [./solution]
  types: {int: int, long: long long, double: double, bool: bool, string: string, list: "vector<{}>", void: void}
)";

TEST_CASE("a driver section with an empty run or a broken template is refused", "[runner][inputs]") {
  TempDir dir;
  CHECK(load_error(dir, kGood + kDriver) == "(loaded)");
  CHECK_THAT(load_error(dir, kGood + replaced(kDriver, "run: [./solution]", "run: []")),
             Catch::Contains("driver.run") && Catch::Contains("empty"));
  fs::path runners = runners_with(dir, kGood + kDriver);
  write_file(runners / "drivers/cpp.mustache", "int main() { {{#methods}} {{name }\n");
  try {
    RunnerSet::load(runners);
    FAIL("a broken template loaded");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("cpp.yaml") && Catch::Contains("driver.template") &&
                                          Catch::Contains("cpp.mustache"));
  }
}

TEST_CASE("a symlink loop in the runners folder is an input error naming it", "[runner][inputs]") {
  TempDir dir;
  fs::path runners = runners_with(dir, kGood);
  fs::create_symlink("loop.yaml", runners / "loop.yaml");
  try {
    RunnerSet::load(runners);
    FAIL("it loaded");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("loop.yaml"));
  } catch (const std::exception& e) {
    FAIL("not an InputError: " << e.what());
  }
}

TEST_CASE("a runner whose compiler is missing is an input error naming the runner and the binary", "[runner][inputs]") {
  TempDir dir;
  fs::path runners = runners_with(dir, replaced(kGood, "/usr/bin/g++", "/usr/bin/no-such-compiler"));
  RunnerSet set = RunnerSet::load(runners);  // loads: the other languages still grade
  fs::path package = source_dir() / "problems/minimum-passes";
  Problem problem = load_problem(package);
  try {
    grade(problem, set, *set.by_language("cpp"), package / "submissions/accepted/reference.cpp", Settings::from_environment(), {});
    FAIL("it graded");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()),
               Catch::Contains("cpp.yaml") && Catch::Contains("'cpp'") && Catch::Contains("/usr/bin/no-such-compiler"));
  }
}
