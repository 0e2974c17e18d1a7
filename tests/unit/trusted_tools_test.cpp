// Issue 17: the author's own programs (generators, checkers) run under a
// wall limit and an output cap, and a failure is reported once, naming the
// file, the test and the signal. Real processes; the limits given to
// run_tool here are small so that the cases stay quick.
#include <catch2/catch.hpp>

#include "engine/base/errors.h"
#include "engine/check/checker.h"
#include "engine/compile/trusted_tools.h"
#include "engine/prepare/prepared_tests.h"
#include "support/generated_package.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using test_support::make_generated_package;
using test_support::read_file;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

fs::path built(const TempDir& cache, const TempDir& dir, const std::string& name, const std::string& source) {
  write_file(dir / "tools" / (name + ".cpp"), source);
  return build_tool(cache.path(), dir / "tools" / (name + ".cpp"));
}

const RunnerSet& runners() {
  static RunnerSet set = RunnerSet::load(source_dir() / "runners");
  return set;
}

}  // namespace

TEST_CASE("a tool over its wall limit is killed with everything it started", "[tools][inputs]") {
  TempDir cache, dir;
  fs::path sleeper = built(cache, dir, "sleeper",
                           "#include <unistd.h>\nint main(){ if (fork() == 0) { for(;;) pause(); } for(;;) pause(); }\n");
  ToolExit ran = run_tool(sleeper, {}, dir / "out", dir / "err", {1s, 1 << 20});
  CHECK(ran.timed_out);
  CHECK_THAT(ran.failure, Catch::Contains("ran longer than 1 s"));
}

TEST_CASE("a tool over its output cap is stopped and says so", "[tools][inputs]") {
  TempDir cache, dir;
  fs::path flood = built(cache, dir, "flood", "#include <cstdio>\nint main(){ for(;;) std::puts(\"xxxxxxxxxxxxxxxx\"); }\n");
  ToolExit ran = run_tool(flood, {}, dir / "out", dir / "err", {60s, 1 << 20});
  CHECK(ran.over_output);
  CHECK_THAT(ran.failure, Catch::Contains("more than 1 MiB"));
  CHECK(fs::file_size(dir / "out") <= (1 << 20) + 1);
}

TEST_CASE("a generator killed by a signal is named with the signal, its file and the test", "[tools][inputs]") {
  TempDir dir, cache;
  Problem problem = load_problem(
      make_generated_package(dir, "#include <csignal>\nint main(){ std::raise(SIGSEGV); }\n"));
  try {
    PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare();
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    std::string message = e.what();
    CHECK_THAT(message, Catch::Contains("generators/make.cpp") && Catch::Contains("SIGSEGV") &&
                            Catch::Contains("g/t1") && Catch::Contains("make 5 1"));
    CHECK(message.find('\n') == std::string::npos);
  }
}

TEST_CASE("a generator call that failed is not run again", "[tools][inputs]") {
  TempDir dir, cache;
  // Each run leaves a line in runs.txt before failing.
  fs::path runs = dir / "runs.txt";
  Problem problem = load_problem(make_generated_package(
      dir, "#include <cstdio>\nint main(){ FILE* f = std::fopen(\"" + runs.string() +
               "\", \"a\"); std::fputs(\"run\\n\", f); std::fclose(f); return 3; }\n"));
  std::string first, second;
  try {
    PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare();
  } catch (const InputError& e) {
    first = e.what();
  }
  try {
    PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare();
  } catch (const InputError& e) {
    second = e.what();
  }
  CHECK_THAT(first, Catch::Contains("exit code 3"));
  CHECK(second == first);
  CHECK(read_file(runs) == "run\n");
}

TEST_CASE("a header beside a generator that is a folder is named", "[tools][inputs]") {
  TempDir dir, cache;
  fs::path root = make_generated_package(dir, "int main(){ return 0; }\n");
  fs::create_directories(root / "generators/x.h");
  Problem problem = load_problem(root);
  try {
    PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare();
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("x.h") && Catch::Contains("not a regular file"));
  }
}

TEST_CASE("a checker that hangs fails its check once, then at once", "[tools][checker][inputs]") {
  TempDir dir, cache;
  fs::path checker = built(cache, dir, "hang", "#include <unistd.h>\nint main(){ for(;;) pause(); }\n");
  write_file(dir / "in", "1\n");
  write_file(dir / "out", "1\n");
  write_file(dir / "ans", "1\n");
  CheckResult first = check_custom(checker, dir / "in", dir / "out", dir / "ans", "checker/hang.cpp");
  CHECK(first.status == CheckResult::Status::CheckerFailed);
  CHECK_THAT(first.message, Catch::Contains("checker/hang.cpp") && Catch::Contains("ran longer than"));
  CheckResult second = check_custom(checker, dir / "in", dir / "out", dir / "ans", "checker/hang.cpp");
  CHECK(second.status == CheckResult::Status::CheckerFailed);
  CHECK_THAT(second.message, Catch::Contains("not run again"));
}

TEST_CASE("a checker killed by a signal names it", "[tools][checker][inputs]") {
  TempDir dir, cache;
  fs::path checker = built(cache, dir, "abort", "#include <cstdlib>\nint main(){ std::abort(); }\n");
  write_file(dir / "in", "1\n");
  write_file(dir / "out", "1\n");
  write_file(dir / "ans", "1\n");
  CheckResult result = check_custom(checker, dir / "in", dir / "out", dir / "ans", "checker/abort.cpp");
  CHECK(result.status == CheckResult::Status::CheckerFailed);
  CHECK_THAT(result.message, Catch::Contains("SIGABRT") && Catch::Contains("checker/abort.cpp"));
}
