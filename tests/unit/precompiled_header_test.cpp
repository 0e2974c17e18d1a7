// The C++ driver's prelude as a precompiled header: built once, really used
// by g++ (it silently ignores a .gch it cannot use), out of reach of the
// compile's sandbox, and when it cannot be built the compile reads the
// header's text with the same outcome.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>

#include "engine/base/hashing.h"
#include "engine/base/settings.h"
#include "engine/compile/compile.h"
#include "engine/compile/compile_cache.h"
#include "engine/compile/compile_in_box.h"
#include "engine/compile/precompiled_header.h"
#include "engine/language/driver.h"
#include "engine/language/run_program.h"
#include "engine/limits/time_limits.h"
#include "support/grading.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::read_file;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

const Problem& echo_types() {
  return test_support::package(source_dir() / "tests" / "fixtures" / "problems" / "echo-types");
}

fs::path echo_reference() {
  return source_dir() / "tests/fixtures/problems/echo-types/submissions/accepted/reference.cpp";
}

Runner cpp_driver_runner() { return runner_for_problem(echo_types(), *test_support::runners().by_language("cpp")); }

// One store for the file: a build takes seconds.
const PrecompiledHeaders& shared_headers() {
  static TempDir dir;
  static PrecompiledHeaders headers(dir / "pch");
  return headers;
}

using test_support::ScopedEnv;

}  // namespace

TEST_CASE("the precompiling argv is the driver compile's own flags", "[pch]") {
  Runner runner = cpp_driver_runner();
  REQUIRE(runner.precompiled_header == "judge_prelude.h");
  std::vector<std::string> expected = {"/usr/bin/g++", "-std=gnu++20", "-O2", "-pipe", "-x", "c++-header",
                                       "-o", "judge_prelude.h.gch", "judge_prelude.h"};
  CHECK(PrecompiledHeaders::build_argv(runner) == expected);
  // The flags, the compiler and the text are in the key.
  Runner other_flags = runner;
  other_flags.compile.insert(other_flags.compile.begin() + 1, "-O0");
  Runner other_text = runner;
  for (auto& [name, content] : other_text.extra_files)
    if (name == "judge_prelude.h") content += "// changed\n";
  const PrecompiledHeaders& headers = shared_headers();
  CHECK(headers.key(runner) != headers.key(other_flags));
  CHECK(headers.key(runner) != headers.key(other_text));
  // A stdio problem's runner has no prelude.
  CHECK(test_support::runners().by_language("cpp")->precompiled_header.empty());
}

TEST_CASE("log_shows_pch_used reads g++ -H", "[pch]") {
  CHECK(log_shows_pch_used("! judge_prelude.h.gch\n driver.cpp\n", "judge_prelude.h"));
  CHECK(log_shows_pch_used("! ./judge_prelude.h.gch\n", "judge_prelude.h"));
  CHECK_FALSE(log_shows_pch_used("x judge_prelude.h.gch\n. judge_prelude.h\n", "judge_prelude.h"));
  CHECK_FALSE(log_shows_pch_used("! other_judge_prelude.h.gch\n", "judge_prelude.h"));
  CHECK_FALSE(log_shows_pch_used("", "judge_prelude.h"));
}

TEST_CASE("the driver's prelude is precompiled once, read-only, and g++ uses it", "[pch]") {
  const PrecompiledHeaders& headers = shared_headers();
  const Runner runner = cpp_driver_runner();
  std::optional<fs::path> gch = headers.get(runner);
  REQUIRE(gch);
  struct stat st {};
  REQUIRE(::stat(gch->c_str(), &st) == 0);
  CHECK((st.st_mode & 0222) == 0);
  if (::geteuid() == 0) CHECK(st.st_uid == 0);
  // A second call finds it: the same file, not a new build.
  std::optional<fs::path> again = headers.get(runner);
  REQUIRE(again);
  struct stat st_again {};
  REQUIRE(::stat(again->c_str(), &st_again) == 0);
  CHECK(st_again.st_ino == st.st_ino);

  // The real driver of a class problem, compiled with the driver's argv plus
  // -H: g++ prints "! judge_prelude.h.gch" only when it used the .gch.
  Workspace workspace;
  REQUIRE(stage_precompiled_header(runner, workspace, headers) == "judge_prelude.h.gch");
  Runner traced = runner;
  traced.compile.insert(traced.compile.begin() + 1, "-H");
  CompileOutcome outcome = compile_in_box(traced, echo_reference(), workspace);
  INFO(outcome.log.substr(0, 2000));
  REQUIRE(outcome.ok);
  CHECK(log_shows_pch_used(outcome.log, "judge_prelude.h"));
}

TEST_CASE("the compile's sandbox cannot change the shared .gch", "[pch]") {
  const PrecompiledHeaders& headers = shared_headers();
  const Runner runner = cpp_driver_runner();
  std::optional<fs::path> gch = headers.get(runner);
  REQUIRE(gch);
  const std::string before = sha256_file(*gch);

  // A "compiler" that tries everything a compile's user could: write through
  // the name, make it writable, replace it in the box.
  Workspace workspace;
  REQUIRE(stage_precompiled_header(runner, workspace, headers) == "judge_prelude.h.gch");
  Runner hostile = runner;
  hostile.compile = {"/bin/sh", "-c",
                     "echo poisoned >> judge_prelude.h.gch; echo poisoned > judge_prelude.h.gch; "
                     "chmod 0666 judge_prelude.h.gch; echo poisoned > judge_prelude.h.gch; "
                     "rm -f judge_prelude.h.gch; echo poisoned > judge_prelude.h.gch; exit 0"};
  CompileOutcome outcome = compile_in_box(hostile, echo_reference(), workspace);
  INFO(outcome.internal_error << "\n" << outcome.log);
  REQUIRE(outcome.internal_error.empty());

  CHECK(sha256_file(*gch) == before);
  struct stat st {};
  REQUIRE(::stat(gch->c_str(), &st) == 0);
  CHECK((st.st_mode & 0222) == 0);
  std::optional<fs::path> again = headers.get(runner);
  REQUIRE(again);
  CHECK(sha256_file(*again) == before);
}

TEST_CASE("the .gch is staged for the compile only and is no part of the cached output", "[pch]") {
  TempDir cache_dir;
  const Settings settings = Settings::with_cache(cache_dir.path());
  const CompileCache cache(settings.compile_cache_dir(), settings.compile_cache_bytes);
  const Runner runner = cpp_driver_runner();
  Workspace workspace;
  CompileOutcome outcome = compile_source(runner, echo_reference(), workspace, settings);
  INFO(outcome.log);
  REQUIRE(outcome.ok);
  CHECK_FALSE(fs::exists(workspace.box() / "judge_prelude.h.gch"));
  CHECK(PrecompiledHeaders(settings.precompiled_header_dir()).get(runner));  // it was built on the way
  std::error_code ec;
  for (const auto& file : fs::recursive_directory_iterator(cache.dir() / cache.key(runner, echo_reference()), ec))
    CHECK(file.path().extension() != ".gch");
}

TEST_CASE("a prelude that cannot be precompiled: the compile reads its text, same verdicts and messages", "[pch]") {
  TempDir dir;
  ScopedEnv cache_env("JUDGE_CACHE_DIR", (dir / "cache").c_str());
  ScopedEnv no_compile_cache("JUDGE_COMPILE_CACHE_MB", "0");
  // Valid when included, an #error when compiled on its own, as the
  // precompiling step does.
  Runner language = *test_support::runners().by_language("cpp");
  write_file(dir / "judge_prelude.h", "#if __INCLUDE_LEVEL__ == 0\n#error only to be included\n#endif\n" +
                                          read_file(language.driver->prelude));
  language.driver->prelude = dir / "judge_prelude.h";

  const Runner runner = runner_for_problem(echo_types(), language);
  PrecompiledHeaders headers = PrecompiledHeaders(Settings::from_environment().precompiled_header_dir());
  CHECK_FALSE(headers.get(runner));
  CHECK(fs::exists(headers.dir() / (headers.key(runner) + ".failed")));  // not tried again at every compile
  CHECK_FALSE(fs::exists(headers.dir() / headers.key(runner)));

  // The same verdicts, test by test, as with the working prelude and as
  // with none precompiled at all.
  std::string broken = read_file(echo_reference());
  broken.insert(broken.find('\n') + 1, "int oops = ;\n");  // line 2 of the candidate's file
  write_file(dir / "broken.cpp", broken);
  const RunnerSet& runners = test_support::runners();
  auto grade_with = [&](const Runner& lang, const fs::path& source) {
    GradeOptions options;
    options.hints = false;
    return grade(echo_types(), runners, lang, source, Settings::from_environment(), options);
  };
  for (const fs::path& source : {echo_reference(), dir / "broken.cpp"}) {
    INFO(source.filename().string());
    Report fallback = grade_with(language, source);
    Report precompiled = grade_with(*runners.by_language("cpp"), source);
    Report plain;
    {
      ScopedEnv no_pch("JUDGE_PCH", "0");
      plain = grade_with(*runners.by_language("cpp"), source);
    }
    for (const Report* report : {&precompiled, &plain}) {
      CHECK(report->verdict == fallback.verdict);
      CHECK(report->message == fallback.message);
      REQUIRE(report->tests.size() == fallback.tests.size());
      for (std::size_t i = 0; i < report->tests.size(); ++i) CHECK(report->tests[i].verdict == fallback.tests[i].verdict);
    }
    if (source == echo_reference()) {
      CHECK(fallback.verdict == Verdict::AC);
    } else {
      CHECK(fallback.verdict == Verdict::CE);
      // The candidate's own line numbers, with or without the .gch.
      CHECK(precompiled.compile.log.find("solution.cpp:2:") != std::string::npos);
      CHECK(plain.compile.log.find("solution.cpp:2:") != std::string::npos);
      CHECK(precompiled.compile.log == plain.compile.log);
    }
  }
}
