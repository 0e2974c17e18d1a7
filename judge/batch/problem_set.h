// The problem set of `judge batch`: read from its YAML file, and its ids
// resolved to loaded packages.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "batch/options.h"
#include "engine/problem/problem.h"
#include "report/batch_results.h"

namespace judge::batch {

// Reads a problem-set YAML (`title`, `problems: [{id, weight}]`). Throws
// InputError naming the file, the line and the fix.
report::ProblemSet load_problem_set(const std::filesystem::path& file);

// Every problem of the set, by id, found with `find_package`. An unknown id
// is reported at its line in the set, not just by name.
std::map<std::string, Problem> load_set_problems(const report::ProblemSet& set,
                                                 const decltype(Options::find_package)& find_package);

}  // namespace judge::batch
