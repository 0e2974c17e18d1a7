// How a grading becomes a batch result, the same for both ways of grading
// (in_process.h, through_daemon.h): its weight from the set, its score,
// and its line on the progress.
#pragma once

#include "engine/grading/report.h"
#include "report/batch_results.h"
#include "report/progress.h"

namespace judge::batch {

// A submission scores its problem's weight when accepted, else 0: reports
// carry no partial credit today.
double score_of(const Report& report, double weight);

// The result of `submission` before it is graded: its weight in `set`.
report::Result ungraded(const report::Submission& submission, const report::ProblemSet& set);

// Stores the grading's report and score, and shows it on `progress`.
void record(report::Result& result, Report report, report::Progress& progress);

}  // namespace judge::batch
