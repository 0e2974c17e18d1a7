// The results of `judge batch` as the writers (CSV, JSON, JUnit, HTML) read
// them: plain data and pure helpers on it, and the writers' entry points.
// Only the data lives here, not the batch engine that fills it
// (judge/batch/: the set's YAML, the cohort scan, the gradings): the
// writers are a layer below batch and may not include it, and data that
// only the engine fills (the cohort) stays up there with it.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "engine/grading/report.h"

namespace judge::report {

struct SetProblem {
  std::string id;
  double weight = 1;
  int line = 0;  // in the set's file, for errors found after loading (an unknown id)
};

struct ProblemSet {
  std::filesystem::path file;
  std::string title;
  std::vector<SetProblem> problems;
};

// A file in the submissions folder that will not be graded, and why.
struct Skipped {
  std::filesystem::path path;  // relative to the submissions folder
  std::string reason;
};

// One (candidate, problem) pair to grade.
struct Submission {
  std::string candidate;
  std::string problem;
  std::filesystem::path source;  // absolute
};

struct Result {
  Submission submission;
  Report report;
  double weight = 1;
  double score = 0;
  std::optional<std::int64_t> submission_id;  // the daemon's id, when graded through one
};

struct BatchResults {
  ProblemSet set;
  std::filesystem::path submissions_dir;
  std::vector<std::string> candidates;
  std::vector<Result> results;  // sorted like the cohort's submissions
  std::vector<Skipped> skipped;
  int workers = 1;  // 0: graded by a daemon, on its own workers
  std::optional<std::filesystem::path> daemon_socket;  // set when graded through a daemon
  double wall_seconds = 0;
  std::string started_at;  // ISO 8601, UTC

  const Result* find(const std::string& candidate, const std::string& problem) const;
  double total_score(const std::string& candidate) const;
  double max_score() const;
};

// CPU time summed over the tests that ran.
std::int64_t cpu_ms(const Report& report);
std::size_t tests_passed(const Report& report);

nlohmann::json to_json(const BatchResults& batch);
std::string to_csv(const BatchResults& batch);
std::string to_junit(const BatchResults& batch);
std::string to_html(const BatchResults& batch);

// Writes results.csv, results.json, junit.xml and report.html into `dir`
// (created if needed). Throws InputError when it cannot be written.
void write_all(const BatchResults& batch, const std::filesystem::path& dir);

}  // namespace judge::report
