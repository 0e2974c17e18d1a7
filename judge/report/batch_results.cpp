#include "report/batch_results.h"

#include <algorithm>

namespace judge::report {

const Result* BatchResults::find(const std::string& candidate, const std::string& problem) const {
  for (const auto& result : results)
    if (result.submission.candidate == candidate && result.submission.problem == problem) return &result;
  return nullptr;
}

double BatchResults::total_score(const std::string& candidate) const {
  double total = 0;
  for (const auto& result : results)
    if (result.submission.candidate == candidate) total += result.score;
  return total;
}

double BatchResults::max_score() const {
  double total = 0;
  for (const auto& problem : set.problems) total += problem.weight;
  return total;
}

std::int64_t cpu_ms(const Report& report) {
  std::int64_t total = 0;
  for (const auto& test : report.tests) total += test.time_ms;
  return total;
}

std::size_t tests_passed(const Report& report) {
  return std::count_if(report.tests.begin(), report.tests.end(),
                       [](const TestReport& t) { return t.verdict == Verdict::AC; });
}

}  // namespace judge::report
