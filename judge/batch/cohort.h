// The cohort of `judge batch`: the candidates' files found for a problem
// set in the submissions folder, and the files that will not be graded.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "report/batch_results.h"

namespace judge::batch {

struct Cohort {
  std::vector<std::string> candidates;          // sorted; every folder, even one with nothing gradable
  std::vector<report::Submission> submissions;  // sorted by candidate, then set order
  std::vector<report::Skipped> skipped;
};

// Finds one file per (candidate, problem) in `dir`: dir/<candidate>/<problem id>.<ext>.
// `language_of` names the language of an extension, or "" when none has it.
// Throws InputError when `dir` is not a folder.
Cohort scan_cohort(const std::filesystem::path& dir, const report::ProblemSet& set,
                   const std::function<std::string(const std::string& extension)>& language_of);

}  // namespace judge::batch
