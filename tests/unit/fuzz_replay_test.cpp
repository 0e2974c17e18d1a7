// Every file of every fuzz corpus (tests/fuzz/corpus/<target>/: the seeds
// and every input a fuzz run ever found) through its target, in the
// ordinary build, so a finding stays fixed. Findings in code whose fix is
// still open are listed in tests/fuzz/known_failures.txt with the bug they
// show: they run in a test of their own, tagged [!mayfail], until the fix
// lands and its line is removed.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "support/temp_dir.h"
#include "fuzz/targets.h"

namespace fs = std::filesystem;
using test_support::TempDir;

// In a sanitised build (scripts/test --sanitize) a report written to its
// log fails the run; a known finding's report is expected, so its child
// writes it to stderr instead. Absent (null) in the ordinary build.
extern "C" void __sanitizer_set_report_path(const char* path) __attribute__((weak));

namespace {

// A hang is a finding too; this bounds one, far above what any input takes.
constexpr unsigned kHangSeconds = 120;

fs::path corpus_root() { return test_support::source_dir() / "tests" / "fuzz" / "corpus"; }

// "<target>/<file>" -> the bug it shows.
std::map<std::string, std::string> known_failures() {
  std::map<std::string, std::string> known;
  std::ifstream in(test_support::source_dir() / "tests" / "fuzz" / "known_failures.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto space = line.find(' ');
    known[line.substr(0, space)] = space == std::string::npos ? "" : line.substr(space + 1);
  }
  return known;
}

std::vector<fs::path> corpus_of(const std::string& target) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus_root() / target))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// Runs the target on the file in a child, so that a crash fails this file
// alone and the other files still run. "" when it returned; else what
// happened.
std::string replay(judge::fuzz::Target target, const fs::path& file, bool known_failure = false) {
  std::string bytes = test_support::read_file(file);
  TempDir scratch;  // the targets' files, removed even when the child crashed
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(pipe_fds[0]);
    ::setenv("TMPDIR", scratch.path().c_str(), 1);
    ::alarm(kHangSeconds);
    if (known_failure && __sanitizer_set_report_path) __sanitizer_set_report_path("stderr");
    std::string error;
    try {
      target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    } catch (const std::exception& e) {
      error = fmt::format("uncaught {}: {}", typeid(e).name(), e.what());
    } catch (...) {
      error = "uncaught exception of unknown type";
    }
    ssize_t ignored = ::write(pipe_fds[1], error.data(), error.size());
    (void)ignored;
    ::_exit(error.empty() ? 0 : 1);
  }
  ::close(pipe_fds[1]);
  std::string error;
  char chunk[4096];
  for (ssize_t got; (got = ::read(pipe_fds[0], chunk, sizeof chunk)) > 0;) error.append(chunk, got);
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFSIGNALED(status))
    return WTERMSIG(status) == SIGALRM ? fmt::format("still running after {} s", kHangSeconds)
                                       : fmt::format("killed by signal {} ({})", WTERMSIG(status), strsignal(WTERMSIG(status)));
  if (WEXITSTATUS(status) != 0) return error.empty() ? fmt::format("exit {}", WEXITSTATUS(status)) : error;
  return "";
}

void replay_corpus(const std::string& name) {
  auto known = known_failures();
  const auto* target = std::find_if(std::begin(judge::fuzz::kTargets), std::end(judge::fuzz::kTargets),
                                    [&](const auto& t) { return t.name == name; });
  REQUIRE(target != std::end(judge::fuzz::kTargets));
  std::vector<fs::path> files = corpus_of(name);
  CHECK(!files.empty());  // every target has seeds
  for (const auto& file : files) {
    std::string id = fmt::format("{}/{}", name, file.filename().string());
    if (known.count(id)) continue;
    INFO(id);
    CHECK(replay(target->run, file) == "");
  }
}

}  // namespace

// One case per target, so CTest names the target that failed.
TEST_CASE("fuzz corpus replays: problem_yaml", "[fuzz]") { replay_corpus("problem_yaml"); }
TEST_CASE("fuzz corpus replays: runner_yaml", "[fuzz]") { replay_corpus("runner_yaml"); }
TEST_CASE("fuzz corpus replays: problem_set", "[fuzz]") { replay_corpus("problem_set"); }
TEST_CASE("fuzz corpus replays: daemon_request", "[fuzz]") { replay_corpus("daemon_request"); }
TEST_CASE("fuzz corpus replays: calls_checker", "[fuzz]") { replay_corpus("calls_checker"); }

TEST_CASE("every fuzz target has a replay case above", "[fuzz]") {
  CHECK(std::size(judge::fuzz::kTargets) == 5);
}

// Each line of known_failures.txt names an open bug in code outside the
// fuzz targets; this runs its input so the log shows whether it still
// fails. Remove the line with the fix: the test above then holds it.
TEST_CASE("fuzz findings whose fix is open", "[fuzz][!mayfail]") {
  std::map<std::string, judge::fuzz::Target> targets;
  for (const auto& target : judge::fuzz::kTargets) targets[target.name] = target.run;
  for (const auto& [id, bug] : known_failures()) {
    std::string target = id.substr(0, id.find('/'));
    INFO(id << ": " << bug);
    REQUIRE(targets.count(target));
    std::string outcome = replay(targets[target], corpus_root() / id, true);
    if (outcome.empty()) WARN(id << " no longer fails: remove its line from tests/fuzz/known_failures.txt");
    CHECK(outcome == "");
  }
}
