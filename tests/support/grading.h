// End-to-end grading helpers: the real runners, packages loaded once per
// test process, and grade() as the CLI calls it.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "support/temp_dir.h"

namespace test_support {

inline const judge::RunnerSet& runners() {
  static judge::RunnerSet set = judge::RunnerSet::load(source_dir() / "runners");
  return set;
}

// A package folder, loaded on first use.
inline const judge::Problem& package(const std::filesystem::path& dir) {
  static std::map<std::filesystem::path, judge::Problem> loaded;
  auto it = loaded.find(dir);
  if (it == loaded.end()) it = loaded.emplace(dir, judge::load_problem(dir)).first;
  return it->second;
}

inline judge::Report grade_source(const judge::Problem& problem, const std::filesystem::path& source,
                                  bool all = false) {
  judge::GradeOptions options;
  options.run_all = all;
  return judge::grade(problem, runners(), runners().for_source(source, ""), source, judge::Settings::from_environment(), options);
}

}  // namespace test_support
