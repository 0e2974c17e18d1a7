// `judge validate`: everything a problem author must get right before a
// package grades candidates. Each check is reported as it finishes.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "engine/base/settings.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"
#include "engine/problem/validation_check.h"

namespace judge {

// The submission folders and the verdict each expects (somewhere, or, for
// accepted, everywhere). Names follow the Kattis package format.
struct ExpectedVerdictFolder {
  const char* folder;
  const char* verdict;
};
const std::vector<ExpectedVerdictFolder>& expected_verdict_folders();

// Loading the package itself is not a check: a malformed one throws
// InputError before anything runs.
std::vector<ValidationCheck> validate_problem(const Problem& problem, const RunnerSet& runners,
                                              const Settings& settings,
                                              const std::function<void(const ValidationCheck&)>& on_check);

}  // namespace judge
