// The sanitizer build (scripts/test --sanitize) instruments the judge, never
// what it runs: a candidate's program is compiled by the runner's own
// command and runs with the sandbox's fixed environment, so it carries no
// ASan runtime and sees none of the judge's ASAN_/UBSAN_ options. In the
// ordinary build this holds trivially; in the sanitized one it is the
// check that the flags and the options stop at the sandbox.
#include <catch2/catch.hpp>

#include "support/grading.h"

using namespace test_support;

TEST_CASE("a candidate's program runs unsanitised whatever the judge is built with", "[sanitize][grading]") {
  TempDir dir;
  // calibration-margin echoes a number: this prints it only when the
  // program has no sanitizer runtime linked and no sanitizer options set.
  write_file(dir / "probe.cpp", R"(#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
int main() {
  long long n;
  if (std::scanf("%lld", &n) != 1) return 1;
  bool sanitized = dlsym(RTLD_DEFAULT, "__asan_init") || dlsym(RTLD_DEFAULT, "__ubsan_handle_add_overflow") ||
                   std::getenv("ASAN_OPTIONS") || std::getenv("UBSAN_OPTIONS") || std::getenv("LSAN_OPTIONS");
  std::printf("%lld\n", sanitized ? n + 1 : n);
}
)");
  const judge::Problem& problem = package(source_dir() / "tests/fixtures/problems/calibration-margin");
  judge::Report report = grade_source(problem, dir / "probe.cpp", true);
  INFO(report.message);
  CHECK(report.verdict == judge::Verdict::AC);
}
