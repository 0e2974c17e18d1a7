// Class and function problems end to end: generated drivers in C++ and
// Python, interface checks as compilation errors, and the `calls` checker's
// messages as the candidate sees them.
#include <catch2/catch.hpp>

#include <regex>

#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "engine/language/driver.h"
#include "support/grading.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

using test_support::runners;

const Problem& fixture(const std::string& id) { return test_support::package(test_support::fixture_dir(id)); }

Report grade_file(const std::string& id, const fs::path& source) { return test_support::grade_source(fixture(id), source); }

Report grade_text(const std::string& id, const std::string& file_name, const std::string& text) {
  return test_support::grade_text(fixture(id), file_name, text);
}

// The echo-types reference with one line replaced.
std::string echo_with(const std::string& from, const std::string& to) {
  return test_support::text_with(test_support::fixture_dir("echo-types") / "submissions/accepted/reference.cpp", from, to);
}

std::string python_echo_with(const std::string& from, const std::string& to) {
  return test_support::text_with(test_support::fixture_dir("echo-types") / "submissions/accepted/sorted_digits.py", from,
                                 to);
}

const TestReport& test_named(const Report& report, const std::string& name) {
  for (const auto& test : report.tests)
    if (test.name == name) return test;
  FAIL("no test " << name);
  throw;
}

}  // namespace

TEST_CASE("class problem: every value type round-trips through the C++ and Python drivers", "[driver]") {
  fs::path accepted = source_dir() / "tests/fixtures/problems/echo-types/submissions/accepted";
  for (const char* file : {"reference.cpp", "sorted_digits.py"}) {
    Report report = grade_file("echo-types", accepted / file);
    INFO(file << ": " << report.message << "\n" << report.compile.log);
    CHECK(report.verdict == Verdict::AC);
    CHECK(report.tests.size() == 3);
  }
}

TEST_CASE("function problem: C++ and Python solutions are graded through the driver", "[driver]") {
  fs::path accepted = source_dir() / "tests/fixtures/problems/top-k-function/submissions/accepted";
  for (const char* file : {"reference.cpp", "reference.py"}) {
    Report report = grade_file("top-k-function", accepted / file);
    INFO(file << ": " << report.message << "\n" << report.compile.log);
    CHECK(report.verdict == Verdict::AC);
  }
  // The candidate may take a vector by value, by reference or by const reference.
  for (const char* param : {"vector<int>& nums", "const vector<int>& nums"}) {
    Report report = grade_text("top-k-function", "solution.cpp",
                               std::string("vector<int> largest(") + param +
                                   ", int k) { vector<int> v = nums; sort(v.rbegin(), v.rend()); v.resize(k); "
                                   "return v; }\n");
    INFO(param << ": " << report.message << "\n" << report.compile.log);
    CHECK(report.verdict == Verdict::AC);
  }
}

TEST_CASE("a broken C++ interface is a compilation error naming what is expected", "[driver]") {
  SECTION("no such class") {
    Report r = grade_text("echo-types", "solution.cpp", "class Other { public: int x; };\n");
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error: class Echo is not defined: submit the class Echo");
  }
  SECTION("a method with the wrong signature") {
    Report r = grade_text("echo-types", "solution.cpp",
                          echo_with("int addInt(int x) { return base_ + x; }",
                                    "int addInt(int x, int y) { return base_ + x + y; }"));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error: expected `int addInt(int)` in class Echo");
  }
  SECTION("a missing method") {
    Report r = grade_text("echo-types", "solution.cpp", echo_with("string recall() { return last_; }", ""));
    CHECK(r.message == "compilation error: expected `string recall()` in class Echo");
  }
  SECTION("the wrong constructor") {
    Report r = grade_text("echo-types", "solution.cpp", echo_with("explicit Echo(int base) : base_(base) {}", "Echo(string s) : base_(0) {}"));
    CHECK(r.message == "compilation error: expected constructor `Echo(int)` in class Echo");
  }
  SECTION("a file with main()") {
    Report r = grade_text("echo-types", "solution.cpp", echo_with("class Echo {", "int main() { return 0; }\nclass Echo {"));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error: your file defines main(); submit only the class Echo");
  }
  SECTION("a function problem without the function") {
    Report r = grade_text("top-k-function", "solution.cpp", "vector<int> largest(vector<int> nums) { return nums; }\n");
    CHECK(r.message == "compilation error: expected function `vector<int> largest(vector<int>, int)`");
  }
  SECTION("a syntax error is the candidate's, not an interface message") {
    Report r = grade_text("echo-types", "solution.cpp", echo_with("class Echo {", "class Echo { int broken("));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error");
  }
}

TEST_CASE("a broken Python interface is a compilation error naming what is expected", "[driver]") {
  SECTION("a missing method") {
    Report r = grade_text("echo-types", "solution.py", python_echo_with("    def recall(self):\n        return self.last\n", ""));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error: expected `recall(self)` in class Echo");
  }
  SECTION("a method taking the wrong arguments") {
    Report r = grade_text("echo-types", "solution.py", python_echo_with("def shout(self, s):", "def shout(self):"));
    CHECK(r.message == "compilation error: expected `shout(self, s)` in class Echo");
  }
  SECTION("no class") {
    Report r = grade_text("echo-types", "solution.py", "def Echo2():\n    pass\n");
    CHECK(r.message == "compilation error: class Echo is not defined: submit the class Echo");
  }
  SECTION("a function problem") {
    Report r = grade_text("top-k-function", "solution.py", "def largest(nums):\n    return nums\n");
    CHECK(r.message == "compilation error: expected function `largest(nums, k)`");
  }
}

TEST_CASE("a wrong hidden call is named with its arguments and both results", "[driver][calls]") {
  // Right on the sample (addInt 5), wrong for negative arguments (secret/edge).
  Report r = grade_text("echo-types", "solution.cpp",
                        echo_with("int addInt(int x) { return base_ + x; }",
                                  "int addInt(int x) { return x < 0 ? 0 : base_ + x; }"));
  REQUIRE(r.verdict == Verdict::WA);
  CHECK(r.message == "wrong answer on test secret/edge");
  CHECK(test_named(r, "edge").message == "call 1 of 4: addInt(-2147483643) returned 0, expected -2147483648");
}

TEST_CASE("unordered results are multisets and ordered ones are not", "[driver][calls]") {
  SECTION("another order of an unordered result is accepted") {
    // sorted_digits.py returns the digits sorted, the reference does not.
    Report r = grade_file("echo-types", source_dir() / "tests/fixtures/problems/echo-types/submissions/accepted/sorted_digits.py");
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("a different multiset is rejected, and a sample shows the calls before") {
    Report r = grade_text("echo-types", "solution.py",
                          python_echo_with("return sorted(int(d) for d in str(x))",
                                           "return sorted(set(int(d) for d in str(x)))[1:] or [0]"));
    REQUIRE(r.verdict == Verdict::WA);
    const std::string& m = test_named(r, "1").message;
    CHECK_THAT(m, Catch::StartsWith("call 11 of 12: digits(1203) returned [1, 2, 3], expected [3, 0, 2, 1]\n"
                                    "the calls before it, all right:\n"
                                    "  call 1: addInt(5) returned 15\n"
                                    "  call 2: twice(4000000000) returned 8000000000\n"));
    CHECK_THAT(m, Catch::Contains("  call 9: remember(\"hello\\nworld\")\n"
                                  "  call 10: recall() returned \"hello\\nworld\"\ninput:\n"));
  }
  SECTION("another order of an ordered result is rejected") {
    Report r = grade_text("echo-types", "solution.cpp",
                          echo_with("return vector<int>(a.rbegin(), a.rend());", "return a;"));
    REQUIRE(r.verdict == Verdict::WA);
    CHECK_THAT(test_named(r, "1").message,
               Catch::StartsWith("call 7 of 12: reversed([1, 2, 3]) returned [1, 2, 3], expected [3, 2, 1]\n"));
  }
}

TEST_CASE("a program that stops early or prints garbage gets a WA, not a crash", "[driver][calls]") {
  SECTION("stops") {
    Report r = grade_text("echo-types", "solution.cpp",
                          echo_with("bool flip(bool b) { return !b; }", "bool flip(bool b) { exit(0); return !b; }"));
    REQUIRE(r.verdict == Verdict::WA);
    CHECK_THAT(test_named(r, "1").message,
               Catch::StartsWith("call 4 of 12: flip(true): no output (the program stopped after 3 calls)\n"));
  }
  SECTION("prints from inside a method") {
    Report r = grade_text("echo-types", "solution.py",
                          python_echo_with("return self.base + x", "print('debug'); return self.base + x"));
    REQUIRE(r.verdict == Verdict::WA);
    CHECK_THAT(test_named(r, "1").message,
               Catch::StartsWith("call 1 of 12: addInt(5) printed 'debug', which is not a valid int; expected 15\n"));
  }
}

TEST_CASE("a runner without a driver section cannot grade class problems", "[driver]") {
  Runner c = *runners().by_language("c");
  REQUIRE_FALSE(c.driver);
  CHECK_THROWS_WITH(runner_for_problem(fixture("echo-types"), c),
                    Catch::Contains("cannot grade echo-types: it is a class problem") &&
                        Catch::Contains("has no 'driver:' section"));
}

TEST_CASE("the interface marker is used only when it is the first error", "[driver]") {
  CHECK(interface_error("driver.cpp:5:1: error: static assertion failed: JUDGE-INTERFACE: expected `int f()`\n  5 | x\n") ==
        "expected `int f()`");
  CHECK(interface_error("solution.cpp:1:1: error: expected ';'\ndriver.cpp:5:1: error: static assertion failed: "
                        "JUDGE-INTERFACE: expected `int f()`\n") == "");
  CHECK(interface_error("JUDGE-INTERFACE: expected function `f(a)`\n") == "expected function `f(a)`");
  CHECK(interface_error("solution.cpp:1:1: error: nope\n") == "");
}

TEST_CASE("a problem's hand-written driver replaces the generated one", "[driver]") {
  TempDir dir;
  fs::path root = dir / "top-k-function";
  fs::path fixture_root = source_dir() / "tests/fixtures/problems/top-k-function";
  fs::create_directories(root);
  fs::copy(fixture_root, root, fs::copy_options::recursive);
  std::string yaml = test_support::read_file(root / "problem.yaml");
  write_file(root / "problem.yaml", yaml + "drivers: {python: drivers/driver.py}\n");
  // Ignores the candidate's file and prints the sample's answers, so only
  // this driver can make the submission below pass.
  write_file(root / "drivers/driver.py", "import sys\nsys.stdout.write('2 4 5\\n1 7\\n3 -1 -2 -3\\n')\n");
  Problem problem = load_problem(root);
  CHECK(driver_source(problem, *runners().by_language("python")).find("2 4 5") != std::string::npos);
  write_file(dir / "solution.py", "def nothing():\n    pass\n");
  Report report = grade(problem, runners(), *runners().by_language("python"), dir / "solution.py", Settings::from_environment(), {});
  INFO(report.message << "\n" << report.compile.log);
  CHECK(report.verdict == Verdict::AC);
}
