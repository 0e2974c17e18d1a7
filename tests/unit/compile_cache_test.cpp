// The compile cache: hits replay the compile (binary or compile error)
// without the compiler, anything that changes the output misses, the cap
// evicts the least recently used entry, and a damaged entry is only a miss.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>

#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/compile/compile.h"
#include "engine/compile/compile_cache.h"
#include "support/grading.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::read_file;
using test_support::TempDir;
using test_support::write_file;

namespace {

Runner cpp_runner() { return *test_support::runners().by_language("cpp"); }

std::string greeting(int n) {
  return "#include <cstdio>\nint main() { std::printf(\"hello %d\\n\", " + std::to_string(n) + "); }\n";
}

fs::path source_file(const TempDir& dir, const std::string& name, const std::string& text) {
  write_file(dir / name, text);
  return dir / name;
}

std::string run_output(const Runner& runner, const Workspace& workspace) {
  fs::path input = workspace.private_dir() / "in", output = workspace.private_dir() / "out";
  write_file(input, "");
  sandbox::Outcome outcome =
      run_program(runner, workspace.box(), input, output, workspace.private_dir() / "err", RunLimits{});
  INFO("error='" << outcome.error << "' exit=" << outcome.exit_code << " signal=" << outcome.term_signal);
  REQUIRE((outcome.exited && outcome.exit_code == 0));
  return read_file(output);
}

using test_support::ScopedEnv;

// The compile front under settings whose compile cache is `cache` (its
// folder and cap), as a grading with such settings compiles.
CompileOutcome compile_with(const CompileCache& cache, const Runner& runner, const fs::path& source,
                            const Workspace& workspace) {
  Settings settings = Settings::with_cache(cache.dir().parent_path());
  settings.compile_cache_bytes = cache.cap_bytes();
  return compile_source(runner, source, workspace, settings);
}

void age(const fs::path& entry, std::chrono::seconds by) {
  fs::last_write_time(entry, fs::file_time_type::clock::now() - by);
}

}  // namespace

TEST_CASE("a second compile of the same source is a hit with the same, runnable binary", "[compile_cache]") {
  TempDir cache_dir, sources;
  CompileCache cache(cache_dir / "compiled", 1ull << 30);
  const Runner runner = cpp_runner();
  fs::path source = source_file(sources, "a.cpp", greeting(1));

  Workspace first, second;
  CompileOutcome compiled = compile_with(cache, runner, source, first);
  REQUIRE(compiled.ok);
  CHECK_FALSE(compiled.from_cache);
  CompileOutcome replayed = compile_with(cache, runner, source, second);
  REQUIRE(replayed.ok);
  CHECK(replayed.from_cache);
  CHECK(replayed.log == compiled.log);

  CHECK(read_file(second.box() / "solution") == read_file(first.box() / "solution"));
  CHECK(read_file(second.box() / "solution.cpp") == greeting(1));
  struct stat st {};
  REQUIRE(::stat((second.box() / "solution").c_str(), &st) == 0);
  CHECK((st.st_mode & 022) == 0);  // nobody but the judge may write to it
  struct stat cached {};
  REQUIRE(::stat((cache.dir() / cache.key(runner, source) / "files" / "solution").c_str(), &cached) == 0);
  // As root on one filesystem the hit is a hard link; otherwise a copy.
  bool linkable = ::geteuid() == 0 && cached.st_dev == st.st_dev;
  CHECK((st.st_ino == cached.st_ino) == linkable);
  CHECK(run_output(runner, second) == "hello 1\n");
  struct stat dir {};
  REQUIRE(::stat(cache.dir().c_str(), &dir) == 0);
  CHECK((dir.st_mode & 0777) == 0700);
}

TEST_CASE("a changed source, flags or driver is a miss", "[compile_cache]") {
  TempDir cache_dir, sources;
  CompileCache cache(cache_dir / "compiled", 1ull << 30);
  const Runner runner = cpp_runner();
  fs::path source = source_file(sources, "a.cpp", greeting(1));
  {
    Workspace workspace;
    REQUIRE(compile_with(cache, runner, source, workspace).ok);
  }

  Runner other_flags = runner;
  other_flags.compile.insert(other_flags.compile.begin() + 1, "-DCOMPILE_CACHE_TEST");
  Runner with_driver = runner;
  with_driver.extra_files = {{"driver.cpp", "// driver 1\n"}};
  Runner other_driver = runner;
  other_driver.extra_files = {{"driver.cpp", "// driver 2\n"}};
  fs::path changed = source_file(sources, "b.cpp", greeting(2));

  struct Case {
    const char* what;
    const Runner& runner;
    fs::path source;
    std::string expected;
  };
  for (const Case& c : {Case{"changed source", runner, changed, "hello 2\n"},
                        Case{"changed flags", other_flags, source, "hello 1\n"},
                        Case{"a driver", with_driver, source, "hello 1\n"},
                        Case{"another driver", other_driver, source, "hello 1\n"}}) {
    INFO(c.what);
    Workspace workspace;
    CompileOutcome outcome = compile_with(cache, c.runner, c.source, workspace);
    REQUIRE(outcome.ok);
    CHECK_FALSE(outcome.from_cache);
    CHECK(run_output(c.runner, workspace) == c.expected);
  }
  CHECK(cache.key(runner, source) != cache.key(runner, changed));
  CHECK(cache.key(runner, source) != cache.key(other_flags, source));
  CHECK(cache.key(with_driver, source) != cache.key(other_driver, source));
}

TEST_CASE("a compile error is replayed with the same log", "[compile_cache]") {
  TempDir cache_dir, sources;
  CompileCache cache(cache_dir / "compiled", 1ull << 30);
  const Runner runner = cpp_runner();
  fs::path source = source_file(sources, "bad.cpp", "int main() { return undefined_name; }\n");

  Workspace first, second;
  CompileOutcome failed = compile_with(cache, runner, source, first);
  REQUIRE_FALSE(failed.ok);
  REQUIRE(failed.internal_error.empty());
  CHECK_THAT(failed.log, Catch::Contains("undefined_name"));
  CompileOutcome replayed = compile_with(cache, runner, source, second);
  CHECK_FALSE(replayed.ok);
  CHECK(replayed.from_cache);
  CHECK(replayed.log == failed.log);
}

TEST_CASE("a hit stages the source too: Python runs from it", "[compile_cache]") {
  TempDir cache_dir, sources;
  CompileCache cache(cache_dir / "compiled", 1ull << 30);
  const Runner runner = *test_support::runners().by_language("python");
  fs::path source = source_file(sources, "a.py", "print('hello py')\n");
  Workspace first, second;
  REQUIRE(compile_with(cache, runner, source, first).ok);
  CompileOutcome replayed = compile_with(cache, runner, source, second);
  REQUIRE(replayed.ok);
  CHECK(replayed.from_cache);
  CHECK(run_output(runner, second) == "hello py\n");
}

TEST_CASE("over the cap, the least recently used entry goes", "[compile_cache]") {
  TempDir cache_dir, sources;
  const fs::path dir = cache_dir / "compiled";
  CompileCache roomy(dir, 1ull << 30);
  const Runner runner = cpp_runner();
  fs::path a = source_file(sources, "a.cpp", greeting(1)), b = source_file(sources, "b.cpp", greeting(2)),
           c = source_file(sources, "c.cpp", greeting(3));
  for (const fs::path& source : {a, b}) {
    Workspace workspace;
    REQUIRE(compile_with(roomy, runner, source, workspace).ok);
  }
  const fs::path entry_a = dir / roomy.key(runner, a), entry_b = dir / roomy.key(runner, b),
                 entry_c = dir / roomy.key(runner, c);
  // Uses set apart by far more than the clock's granularity: b is newer...
  age(entry_a, std::chrono::seconds(200));
  age(entry_b, std::chrono::seconds(100));
  {
    // ...until a is used again.
    Workspace workspace;
    REQUIRE(compile_with(roomy, runner, a, workspace).from_cache);
  }
  // Room for two and a half entries of this size: the third pushes one out.
  CompileCache tight(dir, roomy.total_bytes() * 5 / 4);
  {
    Workspace workspace;
    CompileOutcome outcome = compile_with(tight, runner, c, workspace);
    REQUIRE(outcome.ok);
    CHECK_FALSE(outcome.from_cache);
  }
  CHECK(fs::exists(entry_a));
  CHECK_FALSE(fs::exists(entry_b));
  CHECK(fs::exists(entry_c));
  CHECK(tight.total_bytes() <= tight.cap_bytes() / 10 * 9);
  // The running total a store checks without scanning matches a scan.
  CHECK(read_file(dir / ".usage") == std::to_string(tight.total_bytes()));
}

TEST_CASE("a damaged entry is a miss and is replaced", "[compile_cache]") {
  TempDir cache_dir, sources;
  CompileCache cache(cache_dir / "compiled", 1ull << 30);
  const Runner runner = cpp_runner();
  fs::path source = source_file(sources, "a.cpp", greeting(1));
  const fs::path entry = cache.dir() / cache.key(runner, source);
  {
    Workspace workspace;
    REQUIRE(compile_with(cache, runner, source, workspace).ok);
  }
  REQUIRE(fs::is_regular_file(entry / "files" / "solution"));

  auto damage = GENERATE(as<std::string>{}, "missing binary", "truncated binary", "no entry file", "garbled entry file",
                         "only a log");
  INFO(damage);
  if (damage == "missing binary") fs::remove(entry / "files" / "solution");
  if (damage == "truncated binary") fs::resize_file(entry / "files" / "solution", 100);
  if (damage == "no entry file") fs::remove(entry / "entry");
  if (damage == "garbled entry file") write_file(entry / "entry", "judge compile cache 1\nok 1\ntime_");
  if (damage == "only a log") {
    fs::remove_all(entry);
    write_file(entry / "log", "");
  }

  {
    Workspace workspace;
    CompileOutcome outcome = compile_with(cache, runner, source, workspace);
    REQUIRE(outcome.ok);
    CHECK_FALSE(outcome.from_cache);
    CHECK(outcome.internal_error.empty());
    CHECK(run_output(runner, workspace) == "hello 1\n");
  }
  Workspace workspace;
  CompileOutcome replaced = compile_with(cache, runner, source, workspace);
  CHECK(replaced.from_cache);
  CHECK(run_output(runner, workspace) == "hello 1\n");
}

TEST_CASE("JUDGE_COMPILE_CACHE_MB sets the cap and 0 disables the cache", "[compile_cache]") {
  TempDir sources;
  const Runner runner = cpp_runner();
  fs::path source = source_file(sources, "a.cpp", greeting(41));
  {
    ScopedEnv unset("JUDGE_COMPILE_CACHE_MB", "");
    const Settings settings = Settings::from_environment();
    CHECK(settings.compile_cache_bytes == 1ull << 30);
    CHECK(settings.compile_cache_dir() == settings.cache / "compiled");
  }
  {
    ScopedEnv small("JUDGE_COMPILE_CACHE_MB", "5");
    CHECK(Settings::from_environment().compile_cache_bytes == 5ull << 20);
  }
  {
    ScopedEnv garbage("JUDGE_COMPILE_CACHE_MB", "lots");
    CHECK_THROWS_AS(Settings::from_environment(), InputError);
  }
  ScopedEnv disabled("JUDGE_COMPILE_CACHE_MB", "0");
  const Settings settings = Settings::from_environment();
  CHECK(settings.compile_cache_bytes == 0);
  for (int i = 0; i < 2; ++i) {
    Workspace workspace;
    CompileOutcome outcome = compile_source(runner, source, workspace, settings);
    REQUIRE(outcome.ok);
    CHECK_FALSE(outcome.from_cache);
    CHECK(run_output(runner, workspace) == "hello 41\n");
  }
  CHECK_FALSE(fs::exists(settings.compile_cache_dir() / CompileCache(settings.compile_cache_dir(), 1).key(runner, source)));
}

TEST_CASE("compile_source keeps entries under the settings' cache folder", "[compile_cache]") {
  TempDir sources, cache_dir;
  const Runner runner = cpp_runner();
  fs::path source = source_file(sources, "a.cpp", greeting(42));
  const Settings settings = Settings::with_cache(cache_dir.path());
  Workspace first, second;
  REQUIRE_FALSE(compile_source(runner, source, first, settings).from_cache);
  CompileOutcome replayed = compile_source(runner, source, second, settings);
  CHECK(replayed.from_cache);
  CHECK(run_output(runner, second) == "hello 42\n");
  CHECK(fs::is_directory(cache_dir / "compiled" / CompileCache(cache_dir / "compiled", 1).key(runner, source)));
}
