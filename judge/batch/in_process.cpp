#include "batch/in_process.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <iostream>

#include "batch/results.h"
#include "engine/base/parallel.h"
#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "engine/prepare/prepared_tests.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

Report internal_error_report(const Problem& problem, const std::string& what) {
  Report report;
  report.problem = problem.id;
  report.title = problem.title;
  report.verdict = Verdict::IE;
  report.message = "internal error: " + what;
  return report;
}

}  // namespace

// 3-10 s a problem here, on a cold cache. Made by the first worker to meet
// a problem, they kept any other that met it waiting on its lock, and the
// progress bar's first estimates counted the wait. A failure is reported
// per submission by the gradings, as it always was.
void prepare_tests(const std::vector<const Problem*>& problems, const RunnerSet& runners, const Settings& settings,
                   unsigned workers, bool quiet) {
  std::deque<PreparedTests> pending;  // a deque: each stays where it is made
  std::vector<std::string> names;
  for (const Problem* problem : problems) {
    PreparedTests& data = pending.emplace_back(*problem, runners, settings);
    if (data.missing_work()) names.push_back(problem->id);
    else pending.pop_back();
  }
  if (pending.empty()) return;
  if (!quiet)
    std::cerr << fmt::format("judge: making the tests of {} on this machine (once), {} at a time\n",
                             fmt::join(names, ", "), std::min<std::size_t>(workers, pending.size()));
  run_in_parallel(pending.size(), workers, [&](std::size_t i) {
    try {
      pending[i].prepare();
    } catch (const std::exception&) {
    }
  });
}

// Each worker takes the next submission until none is left, so a slow one
// never holds up the rest of a fixed share.
std::vector<report::Result> grade_in_process(const std::vector<report::Submission>& submissions,
                                             const std::map<std::string, Problem>& problems,
                                             const RunnerSet& runners, const report::ProblemSet& set,
                                             const Options& options, unsigned workers, report::Progress& progress) {
  std::vector<report::Result> results(submissions.size());
  GradeOptions grading;
  grading.hints = !options.no_hints;
  run_in_parallel(submissions.size(), workers, [&](std::size_t i) {
    const report::Submission& s = submissions[i];
    const Problem& problem = problems.at(s.problem);
    results[i] = ungraded(s, set);
    Report report;
    try {
      report = grade(problem, runners, runners.for_source(s.source, ""), s.source, options.settings, grading);
    } catch (const std::exception& e) {
      report = internal_error_report(problem, e.what());
    }
    record(results[i], std::move(report), progress);
  });
  return results;
}

}  // namespace judge::batch
