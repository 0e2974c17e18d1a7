// judge batch: the subcommand's flags. The grading itself, in-process on a
// pool of worker threads or through a running daemon (--socket), and the
// reports are judge/batch/'s.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "batch/run.h"
#include "commands.h"

namespace judge::cli {
namespace fs = std::filesystem;

namespace {

struct BatchArgs {
  batch::Options options;
  fs::path problems_dir;
};

int run_batch(const BatchArgs& args) {
  batch::Options options = args.options;
  options.find_package = [&](const std::string& id) { return find_problem(id, args.problems_dir); };
  options.settings = settings();
  batch::Outcome outcome = batch::run(options);
  const report::BatchResults& batch = outcome.results;
  std::cout << fmt::format("graded {} submissions of {} candidates ({} skipped) in {:.1f} s {}\n",
                           batch.results.size(), batch.candidates.size(), batch.skipped.size(), batch.wall_seconds,
                           batch.daemon_socket ? "through the daemon at " + batch.daemon_socket->string()
                                               : fmt::format("on {} worker(s)", batch.workers));
  std::cout << fmt::format("wrote {}\n", (outcome.out_dir / "report.html").string());
  finish_stdout();
  return kAccepted;
}

}  // namespace

Subcommands add_batch_commands(CLI::App& app, GlobalOptions&) {
  auto args = std::make_shared<BatchArgs>();
  batch::Options& options = args->options;
  CLI::App* cmd = app.add_subcommand("batch", "grade a cohort of candidates against a problem set, and write reports");
  cmd->add_option("SET", options.set_file, "problem-set YAML: title, problems (id, weight)")->required();
  cmd->add_option("SUBMISSIONS_DIR", options.submissions_dir, "one folder per candidate, files named <problem id>.<ext>")
      ->required();
  cmd->add_option("--out", options.out_dir, "folder for the reports (default ./judge-batch-<UTC timestamp>)");
  cmd->add_option("--workers", options.workers, "grading threads (default: the number of cores)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--no-hints", options.no_hints, "skip the complexity hint (up to 5 s per AC or TLE submission)");
  cmd->add_flag("--quiet", options.quiet, "no progress and no skipped-file lines on stderr");
  cmd->add_option("--problems", args->problems_dir, "folder of problem packages");
  auto* socket = cmd->add_option("--socket", options.socket,
                                 "grade through the daemon listening on this socket (its queue and workers)");
  cmd->add_option("--reconnect-timeout", options.reconnect_timeout_s,
                  "with --socket: seconds to wait for a daemon that went away before giving up (default 120)")
      ->check(CLI::Range(0.0, 7 * 86400.0))
      ->needs(socket);
  cmd->get_option("--workers")->excludes(socket);
  return {{cmd, [args] { return run_batch(*args); }}};
}

}  // namespace judge::cli
