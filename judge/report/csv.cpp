#include <fmt/format.h>

#include "engine/base/utf8_text.h"
#include "report/batch_results.h"

namespace judge::report {

namespace {

// RFC 4180: quote a field holding a separator, a quote or a line break.
// Invalid UTF-8 (a folder's name may hold any bytes) is replaced as in
// every other report (engine/utf8_text.h).
std::string field(const std::string& raw) {
  std::string text = valid_utf8(raw);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += (c == '"') ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string number(double value) { return fmt::format("{:g}", value); }

}  // namespace

std::string to_csv(const BatchResults& batch) {
  std::string out = "candidate,problem,language,verdict,score,weight,cpu_ms,tests_passed,tests_run,tests_total,complexity,source\n";
  for (const auto& candidate : batch.candidates) {
    for (const auto& problem : batch.set.problems) {
      const Result* r = batch.find(candidate, problem.id);
      if (!r) {
        // A pair without a file still gets its row, so the table is complete.
        out += fmt::format("{},{},,none,0,{},,,,,,\n", field(candidate), field(problem.id), number(problem.weight));
        continue;
      }
      const Report& report = r->report;
      std::string complexity = report.complexity && report.complexity->estimate ? *report.complexity->estimate : "";
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", field(candidate), field(problem.id),
                         field(report.language), to_string(report.verdict), number(r->score), number(r->weight),
                         cpu_ms(report), tests_passed(report), report.tests.size(), report.tests_total,
                         field(complexity), field(r->submission.source.string()));
    }
  }
  return out;
}

}  // namespace judge::report
