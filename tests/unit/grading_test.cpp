// End to end: real sources graded against the real packages, in the sandbox.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "engine/grading/validator.h"
#include "support/grading.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

using test_support::runners;

const Problem& problem(const std::string& id) { return test_support::package(source_dir() / "problems" / id); }

Report grade_file(const std::string& id, const fs::path& source, bool all = false) {
  return test_support::grade_source(problem(id), source, all);
}

Report grade_text(const std::string& id, const std::string& file_name, const std::string& text) {
  return test_support::grade_text(problem(id), file_name, text);
}

// Correct for the samples' small n, wrong on every larger hidden test.
const char* kRightOnSamplesOnly =
    "n = int(input())\n"
    "a = list(map(int, input().split()))\n"
    "pos = {v: i for i, v in enumerate(a)}\n"
    "print(1 + sum(pos[v + 1] < pos[v] for v in range(1, n)) if n <= 5 else 1)\n";

bool has_verdict(const Report& r, Verdict v) {
  return r.verdict == v || std::any_of(r.tests.begin(), r.tests.end(), [&](const TestReport& t) { return t.verdict == v; });
}

}  // namespace

// Every submission of a package gets the verdict its folder promises. (The
// validator checks the same and also times the reference, which is too
// load-sensitive for a suite running on shared cores.)
static void check_package_submissions(const std::string& id) {
  for (const auto& [folder, code] : expected_verdict_folders()) {
    fs::path dir = source_dir() / "problems" / id / "submissions" / folder;
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!runners().by_extension(entry.path().extension().string())) continue;
      Verdict expected = *verdict_from_string(code);
      Report report = grade_file(id, entry.path());
      if (!has_verdict(report, expected) && expected != Verdict::AC) report = grade_file(id, entry.path(), true);
      INFO(id << ": " << entry.path().filename().string() << " got " << to_string(report.verdict) << " ("
              << report.message << ")");
      if (expected == Verdict::AC) {
        CHECK(report.verdict == Verdict::AC);
        CHECK(report.tests.size() == report.tests_total);
      } else {
        CHECK(has_verdict(report, expected));
      }
      if (expected == Verdict::WA) {
        // Samples catch most mistakes, but the hidden tests must too: a
        // candidate who fixes the sample case is not done.
        Report all = grade_file(id, entry.path(), true);
        CHECK(std::any_of(all.tests.begin(), all.tests.end(),
                          [](const TestReport& t) { return !t.sample && t.verdict == Verdict::WA; }));
      }
    }
  }
}

// One case per package, so the suite's runner spreads them over the cores.
TEST_CASE("package submissions get their folder's verdict: minimum-passes", "[grading][slow]") {
  check_package_submissions("minimum-passes");
}
TEST_CASE("package submissions get their folder's verdict: top-k-window", "[grading][slow]") {
  check_package_submissions("top-k-window");
}
TEST_CASE("package submissions get their folder's verdict: lru-cache", "[grading][slow]") {
  check_package_submissions("lru-cache");
}
TEST_CASE("package submissions get their folder's verdict: median-finder", "[grading][slow]") {
  check_package_submissions("median-finder");
}
TEST_CASE("package submissions get their folder's verdict: rate-limiter", "[grading][slow]") {
  check_package_submissions("rate-limiter");
}
TEST_CASE("package submissions get their folder's verdict: top-k-frequent", "[grading][slow]") {
  check_package_submissions("top-k-frequent");
}

TEST_CASE("a wrong sample shows the sample but a wrong hidden test shows nothing of it", "[grading]") {
  Report sample = grade_text("minimum-passes", "s.cpp", "#include <cstdio>\nint main(){ std::puts(\"0\"); }\n");
  REQUIRE(sample.tests.size() >= 1);
  CHECK(sample.verdict == Verdict::WA);
  CHECK(sample.tests[0].sample);
  CHECK_THAT(sample.tests[0].message, Catch::Contains("3 1 5 4 2") && Catch::Contains("expected:") &&
                                          Catch::Contains("your output:"));

  Report hidden = grade_text("minimum-passes", "h.py", kRightOnSamplesOnly);
  CHECK(hidden.verdict == Verdict::WA);
  const TestReport& failing = hidden.tests.back();
  CHECK_FALSE(failing.sample);
  CHECK(failing.verdict == Verdict::WA);
  CHECK(failing.message == "the output differs from the expected answer");
}

TEST_CASE("stops at the first failing hidden test unless asked for all", "[grading]") {
  TempDir dir;
  write_file(dir / "h.py", kRightOnSamplesOnly);
  Report first = grade_file("minimum-passes", dir / "h.py");
  Report all = grade_file("minimum-passes", dir / "h.py", true);
  CHECK(first.tests.size() < first.tests_total);
  CHECK(all.tests.size() == all.tests_total);
  CHECK(first.verdict == all.verdict);
}

TEST_CASE("compile errors carry the compiler's log", "[grading]") {
  Report r = grade_text("minimum-passes", "ce.cpp", "int main() { return undefined_name; }\n");
  CHECK(r.verdict == Verdict::CE);
  CHECK_FALSE(r.compile.ok);
  CHECK_THAT(r.compile.log, Catch::Contains("undefined_name"));
  CHECK(r.tests.empty());
  Report py = grade_text("minimum-passes", "ce.py", "def f(:\n  pass\n");
  CHECK(py.verdict == Verdict::CE);
  CHECK_THAT(py.compile.log, Catch::Contains("SyntaxError"));
}

TEST_CASE("forbidden system calls are SV with the call named", "[grading]") {
  Report r = grade_text("minimum-passes", "net.cpp",
                        "#include <sys/socket.h>\n#include <cstdio>\n"
                        "int main(){ int s = socket(AF_INET, SOCK_STREAM, 0); std::printf(\"%d\\n\", s); }\n");
  CHECK(r.verdict == Verdict::SV);
  REQUIRE_FALSE(r.tests.empty());
  CHECK_THAT(r.tests[0].message, Catch::Contains("socket"));
  Report py = grade_text("minimum-passes", "fork.py", "import os\nos.fork()\nprint(3)\n");
  CHECK(py.verdict == Verdict::SV);
}

TEST_CASE("an output flood is OLE", "[grading]") {
  Report r = grade_text("minimum-passes", "flood.cpp",
                        "#include <cstdio>\nint main(){ for(;;) std::fputs(\"0123456789abcdef\\n\", stdout); }\n");
  CHECK(r.verdict == Verdict::OLE);
}

TEST_CASE("a sleeping program is TLE by wall clock", "[grading]") {
  Report r = grade_text("minimum-passes", "sleep.py", "import time\ntime.sleep(60)\n");
  CHECK(r.verdict == Verdict::TLE);
  REQUIRE_FALSE(r.tests.empty());
  CHECK(r.tests[0].time_ms < 1000);
}

TEST_CASE("deep recursion works: the stack is the memory limit", "[grading]") {
  // 10^6 frames of DFS-style recursion, as the usual judges allow.
  Report r = grade_text("minimum-passes", "deep.cpp", R"(
#include <cstdio>
#include <vector>
// ~100 bytes a frame: 10^6 frames need ~100 MiB, far beyond an 8 MiB default stack.
int depth(int v) {
  volatile char pad[64];
  pad[0] = static_cast<char>(v);
  if (v == 0) return 0;
  return depth(v - 1) + (pad[0] == 7);
}
int main() {
  int n; std::scanf("%d", &n); std::vector<int> pos(n + 2);
  for (int i = 0; i < n; ++i) { int x; std::scanf("%d", &x); pos[x] = i; }
  volatile int d = depth(1000000);
  int passes = 1; for (int v = 1; v < n; ++v) passes += pos[v + 1] < pos[v];
  std::printf("%d\n", passes + (d < 0));
}
)");
  CHECK(r.verdict == Verdict::AC);
}

TEST_CASE("submit --json prints the documented report object", "[grading][cli]") {
  fs::path reference = source_dir() / "problems/minimum-passes/submissions/accepted/reference.cpp";
  auto r = test_support::run_judge("submit minimum-passes '" + reference.string() + "' --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["problem"] == "minimum-passes");
  CHECK(report["language"] == "cpp");
  CHECK(report["verdict"] == "AC");
  CHECK(report["compile"]["ok"] == true);
  CHECK(report["compile"].contains("log"));
  CHECK(report["compile"]["cached"].is_boolean());
  // The hint ran (minimum-passes has a complexity section). What it found
  // depends on the machine's timing, so only its shape is checked here;
  // the fitting itself is tested on synthetic data (complexity_fit_test).
  const auto& complexity = report["complexity"];
  REQUIRE(complexity.is_object());
  CHECK(complexity["expected"] == "O(n)");
  CHECK((complexity["estimate"].is_null() || complexity["estimate"].get<std::string>().rfind("O(", 0) == 0));
  CHECK(complexity["hint"].is_string());
  CHECK_FALSE(complexity["hint"].get<std::string>().empty());
  CHECK(complexity["confidence"].is_number());
  CHECK(complexity["slope"].is_number());
  REQUIRE(complexity["points"].is_array());
  for (const auto& point : complexity["points"]) CHECK((point.contains("n") && point.contains("seconds")));
  CHECK(report["sandbox"]["layers"].is_array());
  CHECK_FALSE(report["sandbox"]["layers"].empty());
  CHECK(report["sandbox"]["missing"].is_array());
  REQUIRE(report["tests"].is_array());
  REQUIRE_FALSE(report["tests"].empty());
  for (const auto& test : report["tests"])
    for (const char* field : {"name", "group", "verdict", "time_ms", "wall_ms", "memory_kb", "message"})
      CHECK(test.contains(field));
  CHECK(report["tests"][0]["group"] == "sample");
}

TEST_CASE("submit --no-hints leaves the complexity out", "[grading][cli]") {
  fs::path reference = source_dir() / "problems/minimum-passes/submissions/accepted/reference.cpp";
  auto r = test_support::run_judge("submit minimum-passes '" + reference.string() + "' --json --no-hints");
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["complexity"].is_null());
}

TEST_CASE("a rejected submission exits 1 and prints a line per test", "[grading][cli]") {
  TempDir dir;
  write_file(dir / "h.py", "print(3)\n");
  auto r = test_support::run_judge("submit minimum-passes '" + (dir / "h.py").string() + "'");
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK_THAT(r.out, Catch::Contains("sample/1") && Catch::Contains("verdict: WA"));
  CHECK(r.out.find("\033[") == std::string::npos);  // no colour when not a terminal
}
