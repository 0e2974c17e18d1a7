// One queued submission graded: its source written to a private folder,
// its package loaded, and grade() called. Never throws: a failure becomes
// an IE report, so every claimed submission ends done.
#pragma once

#include <filesystem>
#include <functional>

#include "engine/base/settings.h"
#include "engine/grading/report.h"
#include "store.h"

namespace judge::daemon {

struct JobContext {
  const RunnerSet& runners;
  std::filesystem::path problems_dir;
  const Settings& settings;
  std::function<void(const Problem&)> prepare;  // serialised by the caller
};

Report grade_submission(const Submission& submission, const JobContext& context);

// An IE report for a submission that could not be graded, saying why.
Report failure_report(const Submission& submission, const std::string& why);

// The folder of a problem id under problems_dir; nullopt for ids that are
// not a plain name or have no package.
std::optional<std::filesystem::path> package_folder(const std::filesystem::path& problems_dir, const std::string& id);

}  // namespace judge::daemon
