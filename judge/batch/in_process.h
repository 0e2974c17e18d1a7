// `judge batch` grading here: the cohort on a pool of worker threads.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "batch/options.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"
#include "report/batch_results.h"
#include "report/progress.h"

namespace judge::batch {

// Makes every problem's tests before any grading, `workers` problems at a
// time. Best effort: a failure comes back to the gradings.
void prepare_tests(const std::vector<const Problem*>& problems, const RunnerSet& runners, const Settings& settings,
                   unsigned workers, bool quiet);

// One result per submission, in their order; a grading that throws is an
// IE result, not the end of the batch.
std::vector<report::Result> grade_in_process(const std::vector<report::Submission>& submissions,
                                             const std::map<std::string, Problem>& problems,
                                             const RunnerSet& runners, const report::ProblemSet& set,
                                             const Options& options, unsigned workers, report::Progress& progress);

}  // namespace judge::batch
