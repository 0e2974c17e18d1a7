// End-to-end grading helpers: the real runners, packages loaded once per
// test process, and grade() as the CLI calls it.
#pragma once

#include <catch2/catch.hpp>

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

// `text` saved as `file_name` (its extension picks the language) and graded.
inline judge::Report grade_text(const judge::Problem& problem, const std::string& file_name, const std::string& text,
                                bool all = false) {
  TempDir dir;
  write_file(dir / file_name, text);
  return grade_source(problem, dir / file_name, all);
}

// A fixture package's folder, under tests/fixtures/problems.
inline std::filesystem::path fixture_dir(const std::string& id) {
  return source_dir() / "tests" / "fixtures" / "problems" / id;
}

// `file`'s text with the first `from` replaced by `to`: a submission one
// edit away from a known one.
inline std::string text_with(const std::filesystem::path& file, const std::string& from, const std::string& to) {
  std::string text = read_file(file);
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// A report on a few lines, for a failed check's INFO: the verdict, each
// test's verdict and resources, and a failed compile's log.
inline std::string describe(const judge::Report& r) {
  std::string s = to_string(r.verdict) + " (" + r.message + ")";
  for (const auto& t : r.tests)
    s += "\n  " + t.name + ": " + to_string(t.verdict) + " cpu " + std::to_string(t.time_ms) + " ms, wall " +
         std::to_string(t.wall_ms) + " ms, " + std::to_string(t.memory_kb) + " KiB" +
         (t.message.empty() ? "" : " - " + t.message.substr(0, 300));
  if (!r.compile.ok) s += "\n  compile (" + std::to_string(r.compile.time_ms) + " ms): " + r.compile.log.substr(0, 300);
  return s;
}

}  // namespace test_support
