#include <fmt/format.h>

#include "report/batch_results.h"
#include "report/markup.h"

namespace judge::report {

namespace {

bool is_error(Verdict verdict) { return verdict == Verdict::IE; }

std::string testcase(const std::string& candidate, const SetProblem& problem, const Result* r) {
  std::string head = fmt::format(R"(    <testcase classname="{}" name="{}")", escape_markup(candidate), escape_markup(problem.id));
  if (!r) return head + " time=\"0\">\n      <skipped message=\"no submission\"/>\n    </testcase>\n";
  const Report& report = r->report;
  head += fmt::format(" time=\"{:.3f}\">\n", cpu_ms(report) / 1000.0);
  if (report.verdict == Verdict::AC) return head + "    </testcase>\n";
  std::string message = fmt::format("{}: {}", to_string(report.verdict), report.message);
  std::string body = report.verdict == Verdict::CE ? report.compile.log : report.message;
  const char* element = is_error(report.verdict) ? "error" : "failure";
  return head + fmt::format("      <{} message=\"{}\" type=\"{}\">{}</{}>\n    </testcase>\n", element,
                            escape_markup(message), to_string(report.verdict), escape_markup(body), element);
}

}  // namespace

std::string to_junit(const BatchResults& batch) {
  std::string suites;
  std::size_t all_tests = 0, all_failures = 0, all_errors = 0, all_skipped = 0;
  for (const auto& candidate : batch.candidates) {
    std::size_t failures = 0, errors = 0, skipped = 0;
    double seconds = 0;
    std::string cases;
    for (const auto& problem : batch.set.problems) {
      const Result* r = batch.find(candidate, problem.id);
      cases += testcase(candidate, problem, r);
      if (!r) ++skipped;
      else if (is_error(r->report.verdict)) ++errors;
      else if (r->report.verdict != Verdict::AC) ++failures;
      if (r) seconds += cpu_ms(r->report) / 1000.0;
    }
    std::size_t tests = batch.set.problems.size();
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{:.3f}\">\n{}  </testsuite>\n",
        escape_markup(candidate), tests, failures, errors, skipped, seconds, cases);
    all_tests += tests, all_failures += failures, all_errors += errors, all_skipped += skipped;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{:.3f}\">\n{}</testsuites>\n",
      escape_markup(batch.set.title), all_tests, all_failures, all_errors, all_skipped, batch.wall_seconds, suites);
}

}  // namespace judge::report
