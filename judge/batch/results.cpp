#include "batch/results.h"

#include <fmt/format.h>

namespace judge::batch {

namespace {

double weight_of(const report::ProblemSet& set, const std::string& id) {
  for (const auto& p : set.problems)
    if (p.id == id) return p.weight;
  return 0;
}

}  // namespace

double score_of(const Report& report, double weight) { return report.verdict == Verdict::AC ? weight : 0; }

report::Result ungraded(const report::Submission& submission, const report::ProblemSet& set) {
  report::Result result;
  result.submission = submission;
  result.weight = weight_of(set, submission.problem);
  return result;
}

void record(report::Result& result, Report report, report::Progress& progress) {
  result.report = std::move(report);
  result.score = score_of(result.report, result.weight);
  const report::Submission& s = result.submission;
  progress.finished(fmt::format("{}/{}", s.candidate, s.source.filename().string()), result.report.verdict);
}

}  // namespace judge::batch
