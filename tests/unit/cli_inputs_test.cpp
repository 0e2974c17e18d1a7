// Issue 17, through the real binary: bad input is one line on stderr and
// exit 2; the judge's own limits are raised or stated plainly.
#include <catch2/catch.hpp>

#include "support/generated_package.h"
#include "support/temp_dir.h"

using test_support::make_generated_package;
using test_support::run_judge;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {

std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

void expect_one_line(const test_support::CommandResult& r, int status, const std::string& expected) {
  INFO("stderr: " << r.err);
  CHECK(r.status == status);
  CHECK_THAT(r.err, Catch::Contains(expected));
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

}  // namespace

TEST_CASE("an unknown option is named", "[cli][inputs]") {
  expect_one_line(run_judge("--bogus"), 2, "unknown option '--bogus'");
  expect_one_line(run_judge("problems --bogus"), 2, "unknown option '--bogus'");
  expect_one_line(run_judge("frobnicate"), 2, "unknown subcommand 'frobnicate'");
  expect_one_line(run_judge(""), 2, "a subcommand is required");
}

TEST_CASE("a worker count out of range gets a short message", "[cli][inputs]") {
  TempDir dir;
  for (const char* command : {"batch x y --workers 0", "daemon --workers 0", "batch x y --workers -3"}) {
    auto r = run_judge(command);
    expect_one_line(r, 2, "--workers must be between 1 and 1024");
    CHECK(r.err.size() < 140);
  }
}

TEST_CASE("a PROBLEM longer than a file name may be is exit 2", "[cli][inputs]") {
  TempDir dir;
  write_file(dir / "a.cpp", "int main(){}");
  auto r = run_judge("submit " + std::string(5000, 'p') + " " + q(dir / "a.cpp"));
  expect_one_line(r, 2, "unknown problem");
  CHECK(r.err.size() < 300);
  expect_one_line(run_judge("validate " + std::string(3000, 'p') + "/x"), 2, "");
}

TEST_CASE("a package reading /proc/self/mem as its reference is exit 2", "[cli][inputs]") {
  TempDir dir;
  auto root = make_generated_package(dir, "int main(){}", 5);
  write_file(root / "problem.yaml", "id: gen\nlimits: {time: 1}\nreference: /proc/self/mem\n");
  expect_one_line(run_judge("validate " + q(root)), 2, "field 'reference'");
}

TEST_CASE("a failing generator is reported once, on one line", "[cli][inputs]") {
  TempDir dir, cache;
  auto root = make_generated_package(dir, "#include <csignal>\nint main(){ std::raise(SIGSEGV); }\n", 5);
  write_file(dir / "a.cpp", "#include <cstdio>\nint main(){int x;std::scanf(\"%d\",&x);std::printf(\"%d\\n\",x);}\n");
  auto r = run_judge("submit " + q(root) + " " + q(dir / "a.cpp") + " --no-hints");
  INFO("stderr: " << r.err);
  CHECK(r.status == 2);
  // One error line (SIGSEGV, the file, the test), said once.
  std::size_t first = r.err.find("SIGSEGV");
  REQUIRE(first != std::string::npos);
  CHECK(r.err.find("SIGSEGV", first + 1) == std::string::npos);
  CHECK_THAT(r.err, Catch::Contains("generators/make.cpp") && Catch::Contains("g/t1"));
}

TEST_CASE("an open-files limit too low for the sandbox is said plainly, before grading", "[cli][inputs]") {
  // The sandbox needs descriptor 1023. A soft limit under it is raised to
  // the hard one at start-up; a hard limit under it (`ulimit -n 512`, which
  // sets both, where the judge may not raise it) used to make every test
  // IE with "execve: Too many open files", blamed on no one.
  std::filesystem::path problem = source_dir() / "problems/minimum-passes";
  auto low = test_support::run_shell("ulimit -n 512 && exec " + std::string(JUDGE_BINARY) +
                                     " submit minimum-passes " + q(problem / "submissions/accepted/reference.cpp") +
                                     " --no-hints");
  INFO("stdout: " << low.out << "\nstderr: " << low.err);
  if (low.status == 0) SUCCEED("the judge could raise its hard limit here (CAP_SYS_RESOURCE)");
  else {
    expect_one_line(low, 3, "ulimit -n");
    CHECK_THAT(low.err, Catch::Contains("1024") && !Catch::Contains("Too many open files"));
    CHECK(low.out.empty());
  }
}
