// A complexity section whose generator or reference cannot serve the hint:
// `judge validate` fails the package, naming the file, and `judge submit`
// still gives the verdict, with a hint that says why it could not run.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/base/settings.h"
#include "engine/complexity/complexity_check.h"
#include "support/grading.h"
#include "support/temp_dir.h"

using namespace judge;
using test_support::run_judge;
using test_support::runners;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = source_dir() / "tests/fixtures/problems";

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// The sum of n numbers, whose scaling generator is `generator`, and whose
// reference is `reference` (by default a correct one).
fs::path sum_package(const TempDir& dir, const std::string& generator,
                     const std::string& reference = R"(#include <cstdio>
int main() {
  long n; long long sum = 0, x;
  if (std::scanf("%ld", &n) != 1) return 1;
  for (long i = 0; i < n && std::scanf("%lld", &x) == 1; ++i) sum += x;
  std::printf("%lld\n", sum);
})") {
  fs::path root = dir / "sum";
  write_file(root / "problem.yaml", R"yaml(id: sum
limits:
  time: 1.0
reference: ref.cpp
complexity:
  parameter: "n, how many numbers"
  expected: "O(n)"
  generator: scale
  sizes: [1000, 100000]
)yaml");
  write_file(root / "generators/scale.cpp", generator);
  write_file(root / "ref.cpp", reference);
  write_file(root / "data/sample/1.in", "3\n1 2 3\n");
  write_file(root / "data/sample/1.ans", "6\n");
  return root;
}

// A generator printing n ones, after `guard` (code that may fail).
std::string ones_generator(const std::string& guard) {
  return R"(#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>
int main(int argc, char** argv) {
  if (argc != 3) return 2;
  long n = std::atol(argv[1]);
)" + guard + R"(
  std::printf("%ld\n", n);
  for (long i = 0; i < n; ++i) std::printf("1 ");
  std::printf("\n");
})";
}

std::vector<ValidationCheck> checks_of(const fs::path& root) {
  return check_complexity(load_problem(root), runners(), Settings::from_environment());
}

}  // namespace

TEST_CASE("validate fails a package whose complexity generator fails, naming the file", "[complexity][validate][cli]") {
  auto r = run_judge("validate broken-scale --problems " + q(kFixtures));
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  CHECK(r.status == 1);
  CHECK_THAT(r.out, Catch::Contains("FAIL the complexity generator generators/scale.cpp runs at n = 1000 and n = 100000"));
  CHECK_THAT(r.out, Catch::Contains("generators/scale.cpp: generator 'scale 1000 20251123' failed with exit code 2: "
                                    "usage: scale N MAX SEED"));
  CHECK_THAT(r.out, Catch::Contains("broken-scale: 1 of"));
}

TEST_CASE("submit gives the verdict when the complexity hint cannot run", "[complexity][grading][cli]") {
  const fs::path reference = kFixtures / "broken-scale/submissions/accepted/reference.cpp";
  auto r = run_judge("submit broken-scale " + q(reference) + " --json --problems " + q(kFixtures));
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  REQUIRE(r.status == 0);
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["verdict"] == "AC");
  const auto& complexity = report["complexity"];
  REQUIRE(complexity.is_object());
  CHECK(complexity["estimate"].is_null());
  CHECK(complexity["expected"] == "O(n)");
  // The generator's own arguments, each once: `scale N SEED`.
  CHECK_THAT(complexity["reason"].get<std::string>(),
             Catch::Matches("the hint could not run: generator 'scale [0-9]+ 20251123' failed with exit code 2: "
                            "usage: scale N MAX SEED"));
  CHECK_THAT(complexity["hint"].get<std::string>(), Catch::Contains("could not run") && Catch::Contains("usage: scale"));

  auto text = run_judge("submit broken-scale " + q(reference) + " --problems " + q(kFixtures));
  INFO("text stdout: " << text.out << "\ntext stderr: " << text.err);
  CHECK(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("verdict: AC") && Catch::Contains("complexity: No complexity hint"));
}

TEST_CASE("the complexity check runs the generator at the largest size too", "[complexity][validate]") {
  TempDir dir;
  auto checks = checks_of(sum_package(dir, ones_generator(R"(if (n > 10000) { std::fprintf(stderr, "n too large\n"); return 3; })")));
  REQUIRE(checks.size() == 1);
  CHECK_FALSE(checks[0].passed);
  CHECK(checks[0].detail ==
        "generators/scale.cpp: generator 'scale 100000 20251123' failed with exit code 3: n too large");
}

TEST_CASE("the complexity check wants the same input twice", "[complexity][validate]") {
  TempDir dir;
  // A different first line on every run: the clock and the pid.
  auto checks = checks_of(sum_package(
      dir, ones_generator(R"(timespec t; clock_gettime(CLOCK_REALTIME, &t); std::printf("%ld %d\n", t.tv_nsec, getpid());)")));
  REQUIRE(checks.size() == 1);
  CHECK_FALSE(checks[0].passed);
  CHECK_THAT(checks[0].detail, Catch::StartsWith("generators/scale.cpp: different output on a second run of "
                                                 "'scale 1000 20251123'"));
}

TEST_CASE("the complexity check runs the reference on the largest input", "[complexity][validate]") {
  TempDir dir;
  SECTION("a reference that fails there fails the package") {
    auto checks = checks_of(sum_package(dir, ones_generator(""), R"(#include <cstdio>
#include <cstdlib>
int main() {
  long n;
  if (std::scanf("%ld", &n) != 1) return 1;
  if (n > 50000) std::abort();
  std::printf("%ld\n", n);
})"));
    REQUIRE(checks.size() == 2);
    CHECK(checks[0].passed);
    CHECK_FALSE(checks[1].passed);
    CHECK_THAT(checks[1].detail, Catch::StartsWith("ref.cpp: ") &&
                                     Catch::Contains("on the complexity generator's input of size 100000 "
                                                     "('scale 100000 20251123')"));
    CHECK(checks[1].detail.find('\n') == std::string::npos);
  }
  SECTION("a sound package passes both checks") {
    auto checks = checks_of(sum_package(dir, ones_generator("")));
    REQUIRE(checks.size() == 2);
    for (const auto& check : checks) {
      INFO(check.what << ": " << check.detail);
      CHECK(check.passed);
    }
  }
}
