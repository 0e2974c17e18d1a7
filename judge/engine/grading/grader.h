// The grading pipeline: compile a submission, run it on every test in the
// sandbox, check each output, and say what happened. A library, so the CLI,
// `judge validate` and (later) the daemon's workers all grade the same way.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

#include "engine/base/settings.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"
#include "report.h"

namespace judge {

struct GradeOptions {
  bool run_all = false;  // keep going after the first failing test
  // Measure how the solution's time grows (problems with a `complexity`
  // section; after TLE or AC): up to Settings::hint_budget of extra wall
  // time.
  bool hints = false;
  std::function<void(const TestReport&)> on_test;          // after each test
  std::function<void(const std::string&)> on_progress;     // cache misses, compiling
};

// Throws InputError for a bad package or source (exit 2); the judge's own
// failures come back as an IE report.
Report grade(const Problem& problem, const RunnerSet& runners, const Runner& runner,
             const std::filesystem::path& source, const Settings& settings, const GradeOptions& options);

}  // namespace judge
