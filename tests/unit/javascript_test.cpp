// JavaScript (runners/javascript.yaml) end to end, in the sandbox: every
// verdict of a stdio program, and class and function problems through the
// generated driver (runners/drivers/javascript.mustache).
#include <catch2/catch.hpp>

#include "engine/grading/grader.h"
#include "support/grading.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::describe;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

Report grade_text(const fs::path& package, const std::string& file_name, const std::string& text) {
  return test_support::grade_text(test_support::package(package), file_name, text);
}

Report stdio(const std::string& text) {
  return grade_text(source_dir() / "problems" / "minimum-passes", "solution.js", text);
}

fs::path fixture(const std::string& id) { return test_support::fixture_dir(id); }

std::string echo_with(const std::string& from, const std::string& to) {
  return test_support::text_with(fixture("echo-types") / "submissions/accepted/echo.js", from, to);
}


// The reference's algorithm, read the way most candidates read input.
const char* kAccepted =
    "const [n, ...a] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\n"
    "const pos = new Int32Array(n + 2);\n"
    "a.forEach((v, i) => { pos[v] = i; });\n"
    "let passes = 1;\n"
    "for (let v = 1; v < n; v++) if (pos[v + 1] < pos[v]) passes++;\n"
    "console.log(passes);\n";

}  // namespace

TEST_CASE("a JavaScript stdio program gets every verdict", "[javascript][grading]") {
  SECTION("AC, reading stdin with readFileSync") {
    Report r = stdio(kAccepted);
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("AC, reading stdin with readline") {
    Report r = stdio(
        "const lines = [];\n"
        "require('readline').createInterface({ input: process.stdin }).on('line', (l) => lines.push(l)).on('close', () => {\n"
        "  const n = Number(lines[0]);\n"
        "  const pos = new Int32Array(n + 2);\n"
        "  lines[1].split(' ').forEach((v, i) => { pos[Number(v)] = i; });\n"
        "  let passes = 1;\n"
        "  for (let v = 1; v < n; v++) if (pos[v + 1] < pos[v]) passes++;\n"
        "  console.log(passes);\n"
        "});\n");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("WA") {
    Report r = stdio("console.log(1);\n");
    CHECK(r.verdict == Verdict::WA);
  }
  SECTION("CE: a syntax error, with node's message") {
    Report r = stdio("function f( {\n");
    CHECK(r.verdict == Verdict::CE);
    CHECK_THAT(r.compile.log, Catch::Contains("SyntaxError"));
    CHECK(r.tests.empty());
  }
  SECTION("RE: an uncaught exception, named") {
    Report r = stdio("null.x;\n");
    REQUIRE(r.verdict == Verdict::RE);
    REQUIRE_FALSE(r.tests.empty());
    CHECK_THAT(r.tests[0].message, Catch::Contains("TypeError"));
  }
  SECTION("RE: infinite recursion is V8's RangeError") {
    Report r = stdio("const f = (n) => f(n + 1) + 1;\nconsole.log(f(0));\n");
    REQUIRE(r.verdict == Verdict::RE);
    CHECK_THAT(r.tests[0].message, Catch::Contains("Maximum call stack size exceeded"));
  }
  SECTION("TLE") {
    Report r = stdio("for (;;) {}\n");
    CHECK(r.verdict == Verdict::TLE);
  }
  SECTION("MLE: a heap that outgrows the limit, not V8's own abort") {
    Report r = stdio("const kept = [];\nfor (;;) kept.push(new Array(1 << 20).fill(7.5));\n");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::MLE);
  }
}

TEST_CASE("JavaScript class and function problems go through the generated driver", "[javascript][driver]") {
  SECTION("every value type round-trips") {
    Report r = test_support::grade_source(test_support::package(fixture("echo-types")),
                                          fixture("echo-types") / "submissions/accepted/echo.js");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
    CHECK(r.tests.size() == 3);
  }
  SECTION("LeetCode's function template: var f = function") {
    Report r = test_support::grade_source(test_support::package(fixture("top-k-function")),
                                          fixture("top-k-function") / "submissions/accepted/reference.js");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("a constructor function with prototype methods") {
    Report r = grade_text(source_dir() / "problems" / "lru-cache", "lru.js",
                          "var LRUCache = function (capacity) { this.c = capacity; this.m = new Map(); };\n"
                          "LRUCache.prototype.get = function (key) {\n"
                          "  if (!this.m.has(key)) return -1;\n"
                          "  const v = this.m.get(key); this.m.delete(key); this.m.set(key, v); return v;\n"
                          "};\n"
                          "LRUCache.prototype.put = function (key, value) {\n"
                          "  this.m.delete(key); this.m.set(key, value);\n"
                          "  if (this.m.size > this.c) this.m.delete(this.m.keys().next().value);\n"
                          "};\n");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("a missing method is a CE naming it") {
    Report r = grade_text(fixture("echo-types"), "solution.js", echo_with("  recall() {\n    return this.last;\n  }\n", ""));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error: expected `recall()` in class Echo");
  }
  SECTION("a method taking too few arguments is a CE naming it") {
    Report r = grade_text(fixture("echo-types"), "solution.js", echo_with("shout(s) {", "shout() {"));
    CHECK(r.message == "compilation error: expected `shout(s)` in class Echo");
  }
  SECTION("no class") {
    Report r = grade_text(fixture("echo-types"), "solution.js", "class Echo2 {}\n");
    CHECK(r.message == "compilation error: class Echo is not defined: submit the class Echo");
  }
  SECTION("a function problem without the function") {
    Report r = grade_text(fixture("top-k-function"), "solution.js", "function biggest(nums, k) { return nums; }\n");
    CHECK(r.message == "compilation error: expected function `largest(nums, k)`");
  }
  SECTION("a syntax error is the candidate's, not an interface message") {
    Report r = grade_text(fixture("echo-types"), "solution.js", echo_with("class Echo {", "class Echo { broken("));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error");
    CHECK_THAT(r.compile.log, Catch::Contains("SyntaxError"));
  }
  SECTION("a wrong answer names the call") {
    Report r = grade_text(fixture("echo-types"), "solution.js", echo_with("return 2 * x;", "return 3 * x;"));
    CHECK(r.verdict == Verdict::WA);
    REQUIRE_FALSE(r.tests.empty());
    CHECK_THAT(r.tests[0].message, Catch::Contains("twice("));
  }
}
