#include "batch/run.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <thread>

#include "batch/cohort.h"
#include "batch/in_process.h"
#include "batch/problem_set.h"
#include "batch/through_daemon.h"
#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/grading/calibrate.h"
#include "report/progress.h"

namespace judge::batch {
namespace fs = std::filesystem;
using report::Progress;

namespace {

std::string utc_now(const char* format) {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[64];
  std::strftime(text, sizeof text, format, &tm);
  return text;
}

Progress::Style progress_style(bool quiet) {
  if (quiet) return Progress::Style::Quiet;
  return isatty(STDERR_FILENO) ? Progress::Style::Bar : Progress::Style::Lines;
}

// The submissions to grade, each skipped file named on stderr.
Cohort gradable_cohort(const Options& options, const report::ProblemSet& set, const RunnerSet& runners) {
  Cohort cohort = scan_cohort(options.submissions_dir, set, [&](const std::string& extension) {
    const Runner* runner = runners.by_extension(extension);
    return runner ? runner->language : std::string();
  });
  if (cohort.candidates.empty())
    throw InputError(fmt::format("{}: no candidate folders in here (expected <candidate>/<problem id>.<ext>)",
                                 options.submissions_dir.string()));
  // The daemon takes smaller sources than a local grading does.
  if (!options.socket.empty()) skip_over_daemon_cap(cohort, options.submissions_dir);
  for (const auto& s : cohort.skipped)
    if (!options.quiet) std::cerr << fmt::format("judge: skipped {}: {}\n", s.path.string(), s.reason);
  return cohort;
}

// Only the problems some submission is graded on: their tests made, then
// each calibrated if it needs it (calibrating times the reference, so one
// problem at a time). A daemon does both on its side.
void prepare_problems(const std::map<std::string, Problem>& problems, const Cohort& cohort,
                      const RunnerSet& runners, const Options& options, unsigned workers) {
  std::vector<const Problem*> graded;
  for (const auto& [id, problem] : problems)
    if (std::any_of(cohort.submissions.begin(), cohort.submissions.end(),
                    [&id = id](const report::Submission& s) { return s.problem == id; }))
      graded.push_back(&problem);
  prepare_tests(graded, runners, options.settings, workers, options.quiet);
  for (const Problem* problem : graded)
    ensure_calibration(*problem, runners, options.settings,
                       [](const std::string& line) { std::cerr << "judge: " << line << "\n"; });
}

}  // namespace

Outcome run(const Options& options) {
  auto started = std::chrono::steady_clock::now();
  report::ProblemSet set = load_problem_set(options.set_file);
  std::map<std::string, Problem> problems = load_set_problems(set, options.find_package);
  RunnerSet runners = RunnerSet::load(judge_home() / "runners");
  Cohort cohort = gradable_cohort(options, set, runners);

  bool remote = !options.socket.empty();
  unsigned workers = options.workers ? options.workers : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min<unsigned>(workers, std::max<std::size_t>(1, cohort.submissions.size()));
  if (remote) workers = 0;
  if (!remote) prepare_problems(problems, cohort, runners, options, workers);
  fs::path out = options.out_dir.empty() ? fs::current_path() / ("judge-batch-" + utc_now("%Y%m%d-%H%M%S"))
                                         : options.out_dir;

  report::BatchResults batch;
  batch.started_at = utc_now("%Y-%m-%dT%H:%M:%SZ");
  Progress progress(std::cerr, progress_style(options.quiet), cohort.submissions.size());
  if (remote)
    batch.results = grade_through_daemon(cohort.submissions, runners, set, options, progress);
  else
    batch.results = grade_in_process(cohort.submissions, problems, runners, set, options, workers, progress);
  progress.done();

  batch.set = std::move(set);
  batch.submissions_dir = fs::absolute(options.submissions_dir);
  batch.candidates = cohort.candidates;
  batch.skipped = cohort.skipped;
  batch.workers = static_cast<int>(workers);
  if (remote) batch.daemon_socket = options.socket;
  batch.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  report::write_all(batch, out);
  return {std::move(batch), out};
}

}  // namespace judge::batch
