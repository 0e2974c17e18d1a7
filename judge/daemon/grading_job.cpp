#include "grading_job.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>

#include <fstream>

#include "engine/base/errors.h"
#include "engine/base/workspace.h"
#include "engine/grading/grader.h"
#include "engine/problem/problem.h"

namespace judge::daemon {

namespace fs = std::filesystem;

namespace {

// The source goes to a fresh folder under the name the extension-based
// runner lookup expects; the grader copies it into the sandbox from there.
// The folder is a Workspace's, so a daemon killed mid-grading leaves it to
// the next judge's sweep (workspace.h).
class SourceFile {
 public:
  SourceFile(const Runner& runner, const std::string& text) {
    std::string extension = runner.extensions.empty() ? "" : runner.extensions.front();
    path_ = folder_.private_dir() / ("solution" + extension);
    std::ofstream(path_, std::ios::binary) << text;
  }
  const fs::path& path() const { return path_; }

 private:
  Workspace folder_;
  fs::path path_;
};

// Out of descriptors, every step fails, and the first to fail is usually
// opening the package: its message would blame the package.
bool out_of_descriptors() {
  int probe = ::fcntl(0, F_DUPFD_CLOEXEC, 0);
  if (probe >= 0) {
    ::close(probe);
    return false;
  }
  return errno == EMFILE || errno == ENFILE;
}

}  // namespace

Report failure_report(const Submission& submission, const std::string& why) {
  Report report;
  report.problem = submission.problem;
  report.language = submission.language;
  report.verdict = Verdict::IE;
  report.message = why;
  return report;
}

std::optional<fs::path> package_folder(const fs::path& problems_dir, const std::string& id) {
  bool plain = !id.empty() && id.front() != '.' &&
               id.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") ==
                   std::string::npos;
  if (!plain) return std::nullopt;
  fs::path folder = problems_dir / id;
  std::error_code ec;
  if (!fs::is_regular_file(folder / "problem.yaml", ec)) return std::nullopt;
  return folder;
}

Report grade_submission(const Submission& submission, const JobContext& context) {
  try {
    auto folder = package_folder(context.problems_dir, submission.problem);
    if (!folder) return failure_report(submission, fmt::format("no problem \"{}\" any more", submission.problem));
    const Runner* runner = context.runners.by_language(submission.language);
    if (!runner) return failure_report(submission, fmt::format("no language \"{}\"", submission.language));
    Problem problem = load_problem(*folder);
    context.prepare(problem);
    SourceFile source(*runner, submission.source);
    GradeOptions options;
    options.hints = submission.hints;
    options.run_all = submission.all;
    return grade(problem, context.runners, *runner, source.path(), context.settings, options);
  } catch (const std::exception& e) {
    if (out_of_descriptors())
      return failure_report(submission, fmt::format("the daemon ran out of file descriptors while grading (raise "
                                                    "`ulimit -n`, or lower --max-connections or --workers); not the "
                                                    "package's fault: {}",
                                                    e.what()));
    return failure_report(submission, e.what());
  }
}

}  // namespace judge::daemon
