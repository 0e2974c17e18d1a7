// judge batch: grade a cohort (one folder per candidate) against a problem
// set on a pool of worker threads, or through a running daemon's queue and
// workers (--socket), and write the reports (judge/report/).
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <deque>
#include <iostream>
#include <map>
#include <random>
#include <thread>

#include "commands.h"
#include "daemon/client.h"
#include "daemon/protocol.h"
#include "engine/errors.h"
#include "engine/report_json.h"
#include "engine/file_text.h"
#include "engine/grader.h"
#include "engine/locations.h"
#include "engine/parallel.h"
#include "engine/test_data.h"
#include "report/progress.h"
#include "report/batch_results.h"

namespace judge::cli {
namespace fs = std::filesystem;
using report::Progress;

namespace {

struct BatchArgs {
  fs::path set_file;
  fs::path submissions_dir;
  fs::path out_dir;  // empty: ./judge-batch-<timestamp>
  unsigned workers = 0;  // 0: one per core
  bool no_hints = false;
  bool quiet = false;
  fs::path problems_dir;
  fs::path socket;  // set: through the daemon listening there
  double reconnect_timeout_s = 120;
};

std::string utc_now(const char* format) {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[64];
  std::strftime(text, sizeof text, format, &tm);
  return text;
}

// An unknown id is reported at its line in the set, not just by name.
std::map<std::string, Problem> load_set_problems(const report::ProblemSet& set, const fs::path& problems_dir) {
  std::map<std::string, Problem> problems;
  for (const auto& entry : set.problems) {
    fs::path package;
    try {
      package = find_problem(entry.id, problems_dir);
    } catch (const InputError& e) {
      throw InputError(fmt::format("{}:{}: {}", set.file.string(), entry.line, e.what()));
    }
    problems.emplace(entry.id, load_problem(package));
  }
  return problems;
}

double weight_of(const report::ProblemSet& set, const std::string& id) {
  for (const auto& p : set.problems)
    if (p.id == id) return p.weight;
  return 0;
}

Report internal_error_report(const Problem& problem, const std::string& what) {
  Report report;
  report.problem = problem.id;
  report.title = problem.title;
  report.verdict = Verdict::IE;
  report.message = "internal error: " + what;
  return report;
}

// Each worker takes the next submission until none is left, so a slow one
// never holds up the rest of a fixed share.
std::vector<report::Result> grade_all(const std::vector<report::Submission>& submissions,
                                      const std::map<std::string, Problem>& problems, const RunnerSet& runners,
                                      const report::ProblemSet& set, const BatchArgs& args, unsigned workers,
                                      Progress& progress) {
  std::vector<report::Result> results(submissions.size());
  GradeOptions options;
  options.hints = !args.no_hints;
  fs::path cache = cache_root();
  run_in_parallel(submissions.size(), workers, [&](std::size_t i) {
    const report::Submission& s = submissions[i];
    const Problem& problem = problems.at(s.problem);
    report::Result& result = results[i];
    result.submission = s;
    result.weight = weight_of(set, s.problem);
    try {
      result.report = grade(problem, runners, runners.for_source(s.source, ""), s.source, cache, options);
    } catch (const std::exception& e) {
      result.report = internal_error_report(problem, e.what());
    }
    result.score = report::score_of(result.report, result.weight);
    progress.finished(fmt::format("{}/{}", s.candidate, s.source.filename().string()), result.report.verdict);
  });
  return results;
}

// Every problem's tests made before any grading, `workers` problems at a
// time (3-10 s a problem here, on a cold cache). Made by the first worker
// to meet a problem, they kept any other that met it waiting on its lock,
// and the progress bar's first estimates counted the wait. Best effort: a
// failure comes back to the gradings, which report it per submission as
// they always have.
void prepare_tests(const std::vector<const Problem*>& problems, const RunnerSet& runners, unsigned workers,
                   bool quiet) {
  fs::path cache = cache_root();
  std::deque<TestData> pending;  // a deque: TestData stays where it is made
  std::vector<std::string> names;
  for (const Problem* problem : problems) {
    TestData& data = pending.emplace_back(*problem, runners, cache);
    if (data.missing_work()) names.push_back(problem->id);
    else pending.pop_back();
  }
  if (pending.empty()) return;
  if (!quiet)
    std::cerr << fmt::format("judge: making the tests of {} on this machine (once), {} at a time\n",
                             fmt::join(names, ", "), std::min<std::size_t>(workers, pending.size()));
  run_in_parallel(pending.size(), workers, [&](std::size_t i) {
    try {
      pending[i].prepare();
    } catch (const std::exception&) {
    }
  });
}

// Names this run's submissions for the daemon, so a submit sent again after
// a lost connection finds the first one instead of queueing a second.
std::string run_token() {
  std::random_device random;
  return fmt::format("{:08x}{:08x}", random(), random());
}

std::string id_list(const std::vector<std::int64_t>& ids) {
  std::string text;
  for (std::size_t i = 0; i < ids.size() && i < 10; ++i) text += (i ? ", " : "") + std::to_string(ids[i]);
  if (ids.size() > 10) text += fmt::format(" and {} more", ids.size() - 10);
  return text;
}

// Through the daemon: every submission is queued there (a keyed, so
// repeatable, submit), then their statuses are polled and each report is
// collected by id as it is done. A daemon that goes away (killed,
// restarted) is waited for, up to --reconnect-timeout at a stretch: what it
// had queued or was running it grades again when it starts.
std::vector<report::Result> grade_through_daemon(const std::vector<report::Submission>& submissions,
                                                 const RunnerSet& runners, const report::ProblemSet& set,
                                                 const BatchArgs& args, Progress& progress) {
  auto give_up = std::chrono::milliseconds(static_cast<std::int64_t>(args.reconnect_timeout_s * 1000));
  daemon::ReconnectingClient client(args.socket, give_up, [&](const std::string& text) { progress.note(text); });
  std::vector<report::Result> results(submissions.size());
  std::vector<std::int64_t> ids(submissions.size(), 0);
  std::vector<std::size_t> pending;
  auto lost = [&](const daemon::ConnectionLost& e) {
    std::vector<std::int64_t> left;
    for (std::size_t i : pending) left.push_back(ids[i]);
    if (left.empty()) return InternalError(e.what());
    return InternalError(fmt::format("{}; {} submission(s) not collected, left with the daemon: {}", e.what(),
                                     left.size(), id_list(left)));
  };
  try {
    std::string token = run_token();
    for (std::size_t i = 0; i < submissions.size(); ++i) {
      const report::Submission& s = submissions[i];
      daemon::SubmitRequest request;
      request.problem = s.problem;
      request.language = runners.for_source(s.source, "").language;
      request.source = read_file(s.source);
      request.hints = !args.no_hints;
      request.key = fmt::format("batch-{}-{}", token, i);
      nlohmann::json accepted = client.ask(daemon::submit_request(request));
      daemon::throw_if_error(accepted);
      ids[i] = accepted.at("id").get<std::int64_t>();
      results[i].submission = s;
      results[i].weight = weight_of(set, s.problem);
      results[i].submission_id = ids[i];
      pending.push_back(i);
    }
    while (!pending.empty()) {
      std::vector<std::size_t> still;
      for (std::size_t i : pending) {
        nlohmann::json status = client.ask({{"op", "status"}, {"id", ids[i]}});
        if (auto error = daemon::error_in(status); error && error->code == "not_found")
          throw InternalError(fmt::format("the daemon at {} no longer holds submission {} ({}): was it started "
                                          "again on another --db?",
                                          args.socket.string(), ids[i], submissions[i].source.string()));
        daemon::throw_if_error(status);
        if (status.value("status", "") != "done" || !status["report"].is_object()) {
          still.push_back(i);
          continue;
        }
        report::Result& result = results[i];
        result.report = report_from_json(status["report"]);
        result.score = report::score_of(result.report, result.weight);
        const report::Submission& s = submissions[i];
        progress.finished(fmt::format("{}/{}", s.candidate, s.source.filename().string()), result.report.verdict);
      }
      pending = std::move(still);
      if (!pending.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
  } catch (const daemon::ConnectionLost& e) {
    throw lost(e);
  }
  return results;
}

Progress::Style progress_style(bool quiet) {
  if (quiet) return Progress::Style::Quiet;
  return isatty(STDERR_FILENO) ? Progress::Style::Bar : Progress::Style::Lines;
}

int run_batch(BatchArgs args) {
  auto started = std::chrono::steady_clock::now();
  report::ProblemSet set = report::load_problem_set(args.set_file);
  std::map<std::string, Problem> problems = load_set_problems(set, args.problems_dir);
  RunnerSet runners = RunnerSet::load(judge_home() / "runners");
  report::Cohort cohort = report::scan_cohort(args.submissions_dir, set, [&](const std::string& extension) {
    const Runner* runner = runners.by_extension(extension);
    return runner ? runner->language : std::string();
  });
  if (cohort.candidates.empty())
    throw InputError(fmt::format("{}: no candidate folders in here (expected <candidate>/<problem id>.<ext>)",
                                 args.submissions_dir.string()));
  bool remote = !args.socket.empty();
  if (remote) {
    // The daemon takes smaller sources than a local grading does.
    std::erase_if(cohort.submissions, [&](const report::Submission& s) {
      std::error_code ec;
      if (fs::file_size(s.source, ec) <= daemon::kMaxSourceBytes || ec) return false;
      cohort.skipped.push_back({fs::relative(s.source, fs::absolute(args.submissions_dir)),
                                fmt::format("over the daemon's {} KiB cap on a source", daemon::kMaxSourceBytes / 1024)});
      return true;
    });
  }
  for (const auto& s : cohort.skipped)
    if (!args.quiet) std::cerr << fmt::format("judge: skipped {}: {}\n", s.path.string(), s.reason);

  unsigned workers = args.workers ? args.workers : std::max(1u, std::thread::hardware_concurrency());
  workers = std::min<unsigned>(workers, std::max<std::size_t>(1, cohort.submissions.size()));
  if (remote) workers = 0;

  // The daemon prepares and calibrates on its side, before it first grades
  // a problem. Calibrating times the reference, so one problem at a time.
  // Only the problems some submission is graded on.
  if (!remote) {
    std::vector<const Problem*> graded;
    for (const auto& [id, problem] : problems)
      if (std::any_of(cohort.submissions.begin(), cohort.submissions.end(),
                      [&id = id](const report::Submission& s) { return s.problem == id; }))
        graded.push_back(&problem);
    prepare_tests(graded, runners, workers, args.quiet);
    for (const Problem* problem : graded) calibrate_if_needed(*problem, runners);
  }
  fs::path out = args.out_dir.empty() ? fs::current_path() / ("judge-batch-" + utc_now("%Y%m%d-%H%M%S")) : args.out_dir;

  report::BatchResults batch;
  batch.started_at = utc_now("%Y-%m-%dT%H:%M:%SZ");
  Progress progress(std::cerr, progress_style(args.quiet), cohort.submissions.size());
  if (remote)
    batch.results = grade_through_daemon(cohort.submissions, runners, set, args, progress);
  else
    batch.results = grade_all(cohort.submissions, problems, runners, set, args, workers, progress);
  progress.done();

  batch.set = std::move(set);
  batch.submissions_dir = fs::absolute(args.submissions_dir);
  batch.candidates = cohort.candidates;
  batch.skipped = cohort.skipped;
  batch.workers = static_cast<int>(workers);
  if (remote) batch.daemon_socket = args.socket;
  batch.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  report::write_all(batch, out);

  std::cout << fmt::format("graded {} submissions of {} candidates ({} skipped) in {:.1f} s {}\n",
                           batch.results.size(), batch.candidates.size(), batch.skipped.size(), batch.wall_seconds,
                           remote ? "through the daemon at " + args.socket.string()
                                  : fmt::format("on {} worker(s)", workers));
  std::cout << fmt::format("wrote {}\n", (out / "report.html").string());
  finish_stdout();
  return kAccepted;
}

}  // namespace

Subcommands add_batch_commands(CLI::App& app) {
  auto args = std::make_shared<BatchArgs>();
  CLI::App* cmd = app.add_subcommand("batch", "grade a cohort of candidates against a problem set, and write reports");
  cmd->add_option("SET", args->set_file, "problem-set YAML: title, problems (id, weight)")->required();
  cmd->add_option("SUBMISSIONS_DIR", args->submissions_dir, "one folder per candidate, files named <problem id>.<ext>")
      ->required();
  cmd->add_option("--out", args->out_dir, "folder for the reports (default ./judge-batch-<UTC timestamp>)");
  cmd->add_option("--workers", args->workers, "grading threads (default: the number of cores)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--no-hints", args->no_hints, "skip the complexity hint (up to 5 s per AC or TLE submission)");
  cmd->add_flag("--quiet", args->quiet, "no progress and no skipped-file lines on stderr");
  cmd->add_option("--problems", args->problems_dir, "folder of problem packages");
  auto* socket = cmd->add_option("--socket", args->socket,
                                 "grade through the daemon listening on this socket (its queue and workers)");
  cmd->add_option("--reconnect-timeout", args->reconnect_timeout_s,
                  "with --socket: seconds to wait for a daemon that went away before giving up (default 120)")
      ->check(CLI::Range(0.0, 7 * 86400.0))
      ->needs(socket);
  cmd->get_option("--workers")->excludes(socket);
  return {{cmd, [args] { return run_batch(*args); }}};
}

}  // namespace judge::cli
