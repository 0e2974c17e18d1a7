#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "commands.h"
#include "daemon/client.h"
#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "engine/grading/report_json.h"
#include "engine/language/source_file.h"

namespace judge::cli {
namespace fs = std::filesystem;

namespace {

struct SubmitArgs {
  std::string problem;
  fs::path source;
  std::string language;  // empty: from the extension
  bool json = false;
  bool all = false;
  bool no_hints = false;
  fs::path problems_dir;  // empty: the global --problems, else the default
  fs::path socket;        // set: through the daemon listening there
  bool no_wait = false;   // with socket: print the new id and return
};

int exit_status_of(const Report& report) {
  if (report.verdict == Verdict::AC) return kAccepted;
  if (report.verdict == Verdict::IE) return kInternalError;
  return kNotAccepted;
}

std::string read_source(const fs::path& source) {
  std::ifstream in(source, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The daemon grades with its own problems folder; this side checks only
// what it can cheaply (the file, the language) so a typo costs no round trip.
int submit_through_daemon(const SubmitArgs& args) {
  RunnerSet runners = RunnerSet::load(judge_home() / "runners");
  const Runner& runner = runners.for_source(args.source, args.language);
  check_source_file(args.source);
  daemon::Client client(args.socket);
  daemon::SubmitRequest request;
  request.problem = args.problem;
  request.language = runner.language;
  request.source = read_source(args.source);
  request.wait = !args.no_wait;
  request.hints = !args.no_hints;
  request.all = args.all;
  client.send(daemon::submit_request(request));
  nlohmann::json accepted = client.receive();
  daemon::throw_if_error(accepted);
  if (args.no_wait) {
    std::cout << accepted.at("id").get<std::int64_t>() << "\n";
    finish_stdout();
    return kAccepted;
  }
  nlohmann::json done = client.receive();
  daemon::throw_if_error(done);
  const nlohmann::json& report_json = done.at("report");
  Report report = report_from_json(report_json);
  if (args.json) {
    print_json(report_json);
  } else {
    std::cout << to_text(report, stdout_is_terminal());
    finish_stdout();
  }
  return exit_status_of(report);
}

int submit(const SubmitArgs& args) {
  if (!args.socket.empty()) return submit_through_daemon(args);
  if (args.no_wait) throw InputError("--no-wait needs --socket (only the daemon grades in the background)");
  // Check the cheap things first, so a typo costs nothing.
  fs::path package = find_problem(args.problem, args.problems_dir);
  RunnerSet runners = RunnerSet::load(judge_home() / "runners");
  const Runner& runner = runners.for_source(args.source, args.language);
  check_source_file(args.source);
  Problem problem = load_problem(package);
  calibrate_if_needed(problem, runners);

  bool colour = !args.json && stdout_is_terminal();
  bool chatty = isatty(STDERR_FILENO);
  std::size_t width = 4;
  for (const auto& test : problem.tests) width = std::max(width, test.group.size() + 1 + test.name.size());

  GradeOptions options;
  options.run_all = args.all;
  options.hints = !args.no_hints;
  if (chatty) options.on_progress = [](const std::string& line) { std::cerr << "judge: " << line << "\n"; };
  Report report;
  bool header_printed = false;
  if (!args.json) {
    options.on_test = [&](const TestReport& test) {
      if (!header_printed) {
        std::cout << fmt::format("{} ({}) in {}\n", problem.id, problem.title, runner.name);
        header_printed = true;
      }
      std::cout << text_test_line(test, width, colour) << std::flush;
    };
  }
  report = grade(problem, runners, runner, args.source, settings(), options);

  if (args.json) {
    print_json(to_json(report));
  } else {
    if (!header_printed) std::cout << text_header(report, colour);
    std::cout << text_footer(report, colour);
    finish_stdout();
  }
  return exit_status_of(report);
}

}  // namespace

Subcommands add_submit_command(CLI::App& app, GlobalOptions& global) {
  auto args = std::make_shared<SubmitArgs>();
  CLI::App* cmd = app.add_subcommand("submit", "grade one solution against a problem");
  cmd->add_option("PROBLEM", args->problem, "problem id, or path to a package folder")->required();
  cmd->add_option("FILE", args->source, "the solution's source file")->required();
  cmd->add_option("--lang", args->language, "cpp, c or python (default: from the extension)");
  cmd->add_flag("--json", args->json, "print one JSON report object on stdout");
  cmd->add_flag("--all", args->all, "run every test, not only up to the first failure");
  cmd->add_flag("--no-hints", args->no_hints,
                "skip measuring how the running time grows (the complexity hint, up to 5 s after AC or TLE)");
  cmd->add_option("--problems", args->problems_dir, "folder of problem packages");
  cmd->add_option("--socket", args->socket, "grade through the judge daemon listening on this socket");
  cmd->add_flag("--no-wait", args->no_wait, "with --socket: print the submission's id and return at once");
  return {{cmd, [args, &global] {
             if (args->problems_dir.empty()) args->problems_dir = global.problems_dir;
             return submit(*args);
           }}};
}

}  // namespace judge::cli
