// `judge batch` from start to end, below the front end: the set and the
// cohort read, every submission graded (here or through a daemon), and the
// reports written. The CLI (judge/cli/batch.cpp) only parses the flags and
// prints the summary.
#pragma once

#include <filesystem>

#include "batch/options.h"
#include "report/batch_results.h"

namespace judge::batch {

struct Outcome {
  report::BatchResults results;
  std::filesystem::path out_dir;  // where the reports were written
};

// Throws InputError for a bad set, folder or --out; InternalError when a
// daemon graded part of it and went away.
Outcome run(const Options& options);

}  // namespace judge::batch
