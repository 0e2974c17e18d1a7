// The complexity hint's budget in work (ladder_budget.h): pure functions of
// counts, so nothing here is timed.
#include <catch2/catch.hpp>

#include <cstdio>
#include <functional>
#include <string>

#include "engine/complexity/ladder_budget.h"
#include "support/temp_dir.h"

using namespace judge;

namespace {

// A program whose count is `fixed` plus `per_n` instructions per element.
std::vector<CountedSize> linear_counts(const std::vector<std::uint64_t>& sizes, double fixed, double per_n) {
  std::vector<CountedSize> done;
  for (std::uint64_t n : sizes) done.push_back({n, fixed + per_n * static_cast<double>(n)});
  return done;
}

// Climbs next_counted_sizes to the end on counts from `count`.
std::vector<std::uint64_t> climb(const LadderBounds& bounds, const WorkBudget& budget,
                                 const std::function<double(std::uint64_t)>& count) {
  std::vector<CountedSize> done;
  std::vector<std::uint64_t> sizes;
  for (auto next = next_counted_sizes(done, bounds, budget); !next.empty();
       next = next_counted_sizes(done, bounds, budget))
    for (std::uint64_t n : next) {
      done.push_back({n, count(n)});
      sizes.push_back(n);
    }
  return sizes;
}

}  // namespace

TEST_CASE("ladder budget: the first step starts below the smallest size, two sizes at once", "[complexity]") {
  const WorkBudget budget = work_budget(std::chrono::seconds(5));
  CHECK(next_counted_sizes({}, {1000, 1000000, 10}, budget) == std::vector<std::uint64_t>{31, 124});
  // Never above the problem's largest size, nor past the sizes allowed.
  CHECK(next_counted_sizes({}, {1000, 100, 10}, budget) == std::vector<std::uint64_t>{31});
  CHECK(next_counted_sizes({}, {1000, 1000000, 1}, budget) == std::vector<std::uint64_t>{31});
  CHECK(next_counted_sizes(linear_counts({31}, 1e6, 10), {1000, 1000000, 1}, budget).empty());
}

TEST_CASE("ladder budget: past small work the ladder doubles, within the budget", "[complexity]") {
  const WorkBudget budget = work_budget(std::chrono::seconds(5));
  // Work still small beside the start-up: quadruple.
  CHECK(next_counted_sizes(linear_counts({31, 124}, 1e6, 10), {1000, 1000000, 10}, budget) ==
        std::vector<std::uint64_t>{496, 1984});
  // Work past a quarter of the start-up: double.
  CHECK(next_counted_sizes(linear_counts({1000, 4000}, 1e6, 1000), {1000, 1000000, 10}, budget) ==
        std::vector<std::uint64_t>{8000, 16000});
  // The second size of a step is left out when it alone would pass the
  // budget, and the step is none when the first would.
  const auto done = linear_counts({1000, 2000}, 1e6, 1e3);  // counts 2e6 and 3e6: work 1e6 past the first
  double spent = 0;
  for (const CountedSize& size : done) spent += budget.run_charge + size.count;
  const double first_cost = budget.run_charge + 2e6 + 2e6;  // at 4000: the first count, and the work doubled
  WorkBudget tight = budget;
  tight.instructions = spent + first_cost + 1;
  CHECK(next_counted_sizes(done, {1000, 1000000, 10}, tight) == std::vector<std::uint64_t>{4000});
  tight.instructions = spent + first_cost - 1;
  CHECK(next_counted_sizes(done, {1000, 1000000, 10}, tight).empty());
}

TEST_CASE("ladder budget: growth faster than linear is predicted at its own pace", "[complexity]") {
  const WorkBudget budget = work_budget(std::chrono::seconds(5));
  auto quadratic = [](std::uint64_t n) { return 1e6 + 50.0 * static_cast<double>(n) * static_cast<double>(n); };
  auto linear = [](std::uint64_t n) { return 1e6 + 50.0 * static_cast<double>(n); };
  const LadderBounds bounds{1000, 10000000, 10};
  const std::vector<std::uint64_t> slow = climb(bounds, budget, quadratic), fast = climb(bounds, budget, linear);
  CHECK(slow.back() < fast.back());
  // Same counts, same sizes: no clock is asked.
  CHECK(climb(bounds, budget, quadratic) == slow);
  // Every size fits the budget, charges included.
  double spent = 0;
  for (std::uint64_t n : slow) spent += budget.run_charge + quadratic(n);
  CHECK(spent <= budget.instructions);
}

TEST_CASE("ladder budget: JUDGE_HINT_BUDGET's seconds scale the work and the safety net", "[complexity]") {
  const WorkBudget nominal = work_budget(std::chrono::seconds(5)), triple = work_budget(std::chrono::seconds(15));
  CHECK(triple.instructions == Approx(3 * nominal.instructions));
  CHECK(triple.run_charge == Approx(nominal.run_charge));
  CHECK(triple.ladder_instructions > 3 * nominal.ladder_instructions);  // the server's start-up is paid once
  CHECK(nominal.ladder_instructions > 0);
  CHECK(work_budget(std::chrono::seconds(1)).ladder_instructions == 0);  // only the two smallest sizes
  CHECK(safety_net(std::chrono::seconds(5)) == std::chrono::seconds(40));
}

// The Python ladder server decides the same way, in Python: its
// `affordable`, loaded without running the server.
TEST_CASE("ladder budget: the Python server's decisions depend on counts alone", "[complexity]") {
  const std::string server = (test_support::source_dir() / "runners" / "ladders" / "python.py").string();
  const std::string check =
      "import runpy\n"
      "a = runpy.run_path('" + server + "', run_name='ladder')['affordable']\n"
      "assert a([], 0, 0, 0) and a([], 1, 0, 0)\n"           // the two smallest always run
      "assert a([100], 2, 100 + 200 + 400 + 30, 10)\n"        // 200, 400 predicted; 3 sizes charged
      "assert not a([100], 2, 100 + 200 + 400 + 29, 10)\n"
      "assert a([100, 400], 3, 500 + 1600 + 6400 + 40, 10)\n" // quadrupling: 1600, 6400
      "assert not a([100, 400], 3, 500 + 1600 + 6400 + 39, 10)\n"
      "assert a([100, 400, 10**9], 3, 500 + 1600 + 6400 + 40, 10)\n"  // size 2 is not consulted yet
      "print('ok')\n";
  const std::string command = "python3 -c \"$(cat <<'EOF'\n" + check + "EOF\n)\" 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe);
  std::string output;
  char buffer[256];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  const int status = pclose(pipe);
  INFO(output);
  CHECK(status == 0);
  CHECK(output == "ok\n");
}
