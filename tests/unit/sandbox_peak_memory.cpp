// A run's peak memory is its own: not an earlier run's in the same box, nor
// the memory of the process that forked it (Linux counts the resident set
// a process held before its execve in the ru_maxrss of the program after
// it, and a forked child starts with its parent's resident pages).
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "sandbox/sandbox.h"
#include "support/sandbox_programs.h"

namespace {
namespace fs = std::filesystem;
using namespace sandbox_test;

// A C++ program's start-up alone holds about 4 MiB.
constexpr std::uint64_t kSmallKb = 8 * 1024;

const char* kTiny = R"(
  #include <iostream>
  int main() { std::cout << "hi\n"; })";

// Touches 100 MiB, a page at a time.
const char* kBig = R"(
  #include <cstdio>
  #include <cstdlib>
  #include <cstring>
  int main() {
    const std::size_t size = 100u << 20;
    char* p = static_cast<char*>(std::malloc(size));
    for (std::size_t i = 0; i < size; i += 4096) p[i] = static_cast<char>(i);
    std::printf("%d\n", p[size / 2]);
  })";

sandbox::Outcome run_program(const TempDir& dir, const fs::path& exe, std::uint64_t memory_bytes,
                             const std::string& tag = "") {
  sandbox::Policy policy = policy_for(dir, exe);
  policy.memory_bytes = memory_bytes;
  policy.stdout_path = dir.path / ("out" + tag);
  policy.stderr_path = dir.path / ("err" + tag);
  return sandbox::run(policy);
}

}  // namespace

TEST_CASE("sandbox: a tiny run after a big one reports its own peak memory", "[sandbox][memory]") {
  TempDir dir;
  const fs::path tiny = compile(dir, "tiny", kTiny, Lang::Cpp);
  const fs::path big = compile(dir, "big", kBig, Lang::Cpp);
  // The big one as the hint's counted runs are: with more memory than the
  // tiny one's limit, which the same box must then lower again.
  for (std::uint64_t big_limit : {256ull << 20, 512ull << 20}) {
    sandbox::Outcome large = run_program(dir, big, big_limit);
    INFO("big: " << describe(large));
    REQUIRE(large.error.empty());
    REQUIRE(large.exited);
    CHECK(large.peak_memory_kb >= 100 * 1024);
    sandbox::Outcome small = run_program(dir, tiny, 256ull << 20);
    INFO("tiny: " << describe(small));
    REQUIRE(small.error.empty());
    CHECK(small.exited);
    CHECK(small.peak_memory_kb > 0);
    CHECK(small.peak_memory_kb < kSmallKb);
  }
}

TEST_CASE("sandbox: a run's peak memory leaves out the judge's own", "[sandbox][memory]") {
  TempDir dir;
  const fs::path tiny = compile(dir, "tiny", kTiny, Lang::Cpp);
  // The judge grows (a hint's inputs and logs read, a batch's reports),
  // and then makes new boxes, each a fork of it: several runs at once.
  std::vector<char> ballast(96u << 20);
  std::memset(ballast.data(), 1, ballast.size());
  constexpr int kRuns = 4;
  std::vector<sandbox::Outcome> outcomes(kRuns);
  std::vector<std::thread> workers;
  for (int i = 0; i < kRuns; ++i)
    workers.emplace_back([&, i] { outcomes[static_cast<std::size_t>(i)] = run_program(dir, tiny, 256ull << 20, std::to_string(i)); });
  for (std::thread& worker : workers) worker.join();
  // And outside the pool (a policy the pool does not cover): forked by the
  // judge itself.
  sandbox::Policy unpooled = policy_for(dir, tiny);
  unpooled.memory_bytes = 256ull << 20;
  unpooled.readonly_paths = {"/usr/share/zoneinfo"};
  outcomes.push_back(sandbox::run(unpooled));
  CHECK(ballast[ballast.size() / 2] == 1);
  for (const sandbox::Outcome& outcome : outcomes) {
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.exited);
    CHECK(outcome.peak_memory_kb > 0);
    CHECK(outcome.peak_memory_kb < kSmallKb);
  }
}
