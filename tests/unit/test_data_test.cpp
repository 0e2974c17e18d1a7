// Generated tests and custom checkers, on a small package made on the spot.
#include <catch2/catch.hpp>

#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "engine/prepare/prepared_tests.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

// "sum": read n numbers, print their sum. The custom checker accepts the
// answer written in any base-10 form with leading zeros.
fs::path make_sum_package(const TempDir& dir, const std::string& generator_body) {
  fs::path root = dir / "sum";
  write_file(root / "problem.yaml", R"(id: sum
title: Sum
limits: {time: 1}
checker: {type: custom, source: checker/check.cpp}
reference: submissions/accepted/ref.cpp
groups: [gen]
generated:
  - {name: g1, group: gen, generator: numbers, args: ["50"], seed: 1}
  - {name: g2, group: gen, generator: numbers, args: ["70"], seed: 2}
)");
  write_file(root / "data/sample/1.in", "3\n1 2 3\n");
  write_file(root / "data/sample/1.ans", "6\n");
  write_file(root / "generators/numbers.cpp", generator_body);
  write_file(root / "submissions/accepted/ref.cpp",
             "#include <cstdio>\nint main(){int n;long long s=0,x;std::scanf(\"%d\",&n);"
             "while(n--){std::scanf(\"%lld\",&x);s+=x;}std::printf(\"%lld\\n\",s);}\n");
  write_file(root / "checker/check.cpp", R"(#include <fstream>
#include <iostream>
int main(int, char** argv) {
  std::ifstream out(argv[2]), ans(argv[3]);
  long long got, expected;
  if (!(out >> got)) { std::cerr << "no number"; return 2; }
  ans >> expected;
  if (got != expected) { std::cerr << "expected " << expected << ", got " << got; return 1; }
  return 0;
}
)");
  return root;
}

const char* kGoodGenerator = R"(#include <cstdio>
#include <cstdlib>
#include <random>
int main(int argc, char** argv) {
  int n = std::atoi(argv[1]);
  std::mt19937_64 rng(std::strtoull(argv[argc - 1], nullptr, 10));
  std::printf("%d\n", n);
  for (int i = 0; i < n; ++i) std::printf("%llu ", (unsigned long long)(rng() % 1000));
  std::printf("\n");
}
)";

const RunnerSet& runners() {
  static RunnerSet set = RunnerSet::load(source_dir() / "runners");
  return set;
}

}  // namespace

TEST_CASE("generated tests are made once and then come from the cache", "[test_data]") {
  TempDir dir, cache;
  Problem problem = load_problem(make_sum_package(dir, kGoodGenerator));
  std::vector<std::string> work;
  auto record = [&](const std::string& line) { work.push_back(line); };

  auto first = PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare(record);
  REQUIRE(first.size() == 3);
  CHECK(work.size() == 4);  // two inputs, two answers
  for (const auto& test : first) {
    CHECK(fs::is_regular_file(test.input));
    CHECK(fs::is_regular_file(test.answer));
  }
  CHECK(test_support::read_file(first[1].input).rfind("50\n", 0) == 0);

  work.clear();
  auto second = PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare(record);
  CHECK(work.empty());
  CHECK(second[1].answer == first[1].answer);
  // The answers live outside the package.
  CHECK(first[1].answer.string().rfind(cache.path().string(), 0) == 0);
}

TEST_CASE("a custom checker judges the output", "[test_data][checker]") {
  TempDir dir;
  Problem problem = load_problem(make_sum_package(dir, kGoodGenerator));
  write_file(dir / "padded.py", "n=int(input());print('%020d' % sum(map(int,input().split())))\n");
  write_file(dir / "off.py", "n=int(input());print(sum(map(int,input().split()))+1)\n");
  write_file(dir / "empty.py", "pass\n");
  auto grade_it = [&](const std::string& name) {
    return grade(problem, runners(), *runners().by_language("python"), dir / name, Settings::from_environment(), {});
  };
  CHECK(grade_it("padded.py").verdict == Verdict::AC);
  Report off = grade_it("off.py");
  CHECK(off.verdict == Verdict::WA);
  CHECK_THAT(off.tests[0].message, Catch::Contains("expected 6, got 7"));
  Report empty = grade_it("empty.py");
  CHECK(empty.verdict == Verdict::WA);
  CHECK_THAT(empty.tests[0].message, Catch::Contains("presentation error"));
}

TEST_CASE("a failing generator is the package's fault, named", "[test_data]") {
  TempDir dir, cache;
  Problem problem = load_problem(make_sum_package(dir, "int main() { return 4; }\n"));
  try {
    PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare();
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("numbers 50 1") && Catch::Contains("exit code 4"));
  }
}

TEST_CASE("a generator that does not compile is named with the compiler's words", "[test_data]") {
  TempDir dir, cache;
  Problem problem = load_problem(make_sum_package(dir, "int main() { return nope; }\n"));
  try {
    PreparedTests(problem, runners(), Settings::with_cache(cache.path())).prepare();
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("numbers.cpp") && Catch::Contains("nope"));
  }
}
