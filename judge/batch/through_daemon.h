// `judge batch --socket`: the cohort graded by a running daemon, on its
// queue and workers.
#pragma once

#include <vector>

#include "batch/cohort.h"
#include "batch/options.h"
#include "engine/language/runner.h"
#include "report/batch_results.h"
#include "report/progress.h"

namespace judge::batch {

// Moves the sources over the daemon's cap on a source from the cohort's
// submissions to its skipped files.
void skip_over_daemon_cap(Cohort& cohort, const std::filesystem::path& submissions_dir);

// One result per submission, in their order. Throws InternalError when the
// daemon is gone longer than the reconnect timeout, naming the ids left
// with it.
std::vector<report::Result> grade_through_daemon(const std::vector<report::Submission>& submissions,
                                                 const RunnerSet& runners, const report::ProblemSet& set,
                                                 const Options& options, report::Progress& progress);

}  // namespace judge::batch
