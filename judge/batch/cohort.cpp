#include "batch/cohort.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "engine/base/errors.h"
#include "engine/language/source_file.h"

namespace judge::batch {
namespace fs = std::filesystem;
using report::ProblemSet;

namespace {

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with("."); }

}  // namespace

Cohort scan_cohort(const fs::path& dir, const ProblemSet& set,
                   const std::function<std::string(const std::string&)>& language_of) {
  if (!fs::is_directory(dir))
    throw InputError(fmt::format("{}: no such folder: give the folder that holds one folder per candidate",
                                 dir.string()));
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(dir)) entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());

  Cohort cohort;
  auto skip = [&](const fs::path& path, std::string reason) {
    cohort.skipped.push_back({fs::relative(path, dir), std::move(reason)});
  };
  std::string known;
  for (const auto& problem : set.problems) known += (known.empty() ? "" : ", ") + problem.id;

  for (const auto& candidate_dir : entries) {
    if (is_hidden(candidate_dir)) continue;
    if (!fs::is_directory(candidate_dir)) {
      skip(candidate_dir, "not in a candidate's folder (expected <candidate>/<problem id>.<ext>)");
      continue;
    }
    std::string candidate = candidate_dir.filename().string();
    cohort.candidates.push_back(candidate);
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(candidate_dir)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::map<std::string, std::vector<fs::path>> by_problem;
    for (const auto& file : files) {
      if (is_hidden(file)) continue;
      if (fs::is_directory(file)) {
        skip(file, "nested folder: only files directly in a candidate's folder are graded");
        continue;
      }
      std::string stem = file.stem().string();
      if (std::none_of(set.problems.begin(), set.problems.end(), [&](const auto& p) { return p.id == stem; })) {
        skip(file, fmt::format("'{}' is not a problem of the set (it has: {})", stem, known));
        continue;
      }
      if (language_of(file.extension().string()).empty()) {
        skip(file, fmt::format("unknown extension '{}' (use .cpp, .c or .py)", file.extension().string()));
        continue;
      }
      try {
        check_source_file(file);
      } catch (const InputError& e) {
        skip(file, e.what());
        continue;
      }
      by_problem[stem].push_back(file);
    }
    for (const auto& problem : set.problems) {
      auto it = by_problem.find(problem.id);
      if (it == by_problem.end()) continue;
      if (it->second.size() > 1) {
        std::string names;
        for (const auto& f : it->second) names += (names.empty() ? "" : ", ") + f.filename().string();
        for (const auto& f : it->second)
          skip(f, fmt::format("two files for problem '{}' ({}): keep one", problem.id, names));
        continue;
      }
      cohort.submissions.push_back({candidate, problem.id, fs::absolute(it->second.front())});
    }
  }
  return cohort;
}

}  // namespace judge::batch
