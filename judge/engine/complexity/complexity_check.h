// `judge validate`'s check of a package's complexity section: the hint
// feeds the scaling generator's inputs to every accepted submission, so a
// generator that fails, or makes different inputs from one run to the
// next, or an input the reference cannot handle, must stop the package
// here rather than leave every candidate without a hint.
#pragma once

#include <filesystem>
#include <vector>

#include "engine/base/settings.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"
#include "engine/problem/validation_check.h"

namespace judge {

// No checks when the package has no complexity section. Otherwise: the
// generator at the smallest and largest sizes of complexity.sizes, twice
// each, compared; then the reference on the largest input, which must run
// cleanly within the problem's limits. Each failure's detail is one line
// naming the file at fault.
std::vector<ValidationCheck> check_complexity(const Problem& problem, const RunnerSet& runners,
                                              const Settings& settings);

}  // namespace judge
