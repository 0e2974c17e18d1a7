// judge: the command-line front end. Parses arguments, calls the engine,
// and turns its errors into the documented exit statuses.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <csignal>
#include <iostream>

#include "commands.h"
#include "engine/errors.h"

using namespace judge::cli;

int main(int argc, char** argv) {
  // A program that closes its pipes early must not take the judge with it.
  std::signal(SIGPIPE, SIG_IGN);

  CLI::App app{"judge: grade solutions to interview-style problems, offline and sandboxed"};
  app.require_subcommand(1);
  std::filesystem::path problems_dir;
  app.add_option("--problems", problems_dir, "folder of problem packages (default: the judge's problems/)");

  SubmitArgs submit_args;
  CLI::App* submit_cmd = app.add_subcommand("submit", "grade one solution against a problem");
  submit_cmd->add_option("PROBLEM", submit_args.problem, "problem id, or path to a package folder")->required();
  submit_cmd->add_option("FILE", submit_args.source, "the solution's source file")->required();
  submit_cmd->add_option("--lang", submit_args.language, "cpp, c or python (default: from the extension)");
  submit_cmd->add_flag("--json", submit_args.json, "print one JSON report object on stdout");
  submit_cmd->add_flag("--all", submit_args.all, "run every test, not only up to the first failure");
  submit_cmd->add_flag("--no-hints", submit_args.no_hints,
                       "skip measuring how the running time grows (the complexity hint, up to 5 s after AC or TLE)");
  submit_cmd->add_option("--problems", submit_args.problems_dir, "folder of problem packages");
  submit_cmd->add_option("--socket", submit_args.socket, "grade through the judge daemon listening on this socket");
  submit_cmd->add_flag("--no-wait", submit_args.no_wait, "with --socket: print the submission's id and return at once");

  std::string validate_id;
  bool validate_json = false;
  CLI::App* validate_cmd = app.add_subcommand("validate", "check a problem package end to end");
  validate_cmd->add_option("PROBLEM", validate_id, "problem id, or path to a package folder")->required();
  validate_cmd->add_flag("--json", validate_json, "print the checks as JSON");
  validate_cmd->add_option("--problems", problems_dir, "folder of problem packages");

  bool problems_json = false;
  CLI::App* problems_cmd = app.add_subcommand("problems", "list the problems");
  problems_cmd->add_flag("--json", problems_json, "print the list as JSON");
  problems_cmd->add_option("--problems", problems_dir, "folder of problem packages");

  std::string calibrate_id;
  bool calibrate_json = false;
  CLI::App* calibrate_cmd =
      app.add_subcommand("calibrate", "measure reference solutions here, for limits given as time_multiplier");
  calibrate_cmd->add_option("PROBLEM", calibrate_id, "problem id, or path to a package folder (default: every problem)");
  calibrate_cmd->add_flag("--json", calibrate_json, "print the measurements as JSON");
  calibrate_cmd->add_option("--problems", problems_dir, "folder of problem packages");

  Subcommands extra = add_daemon_commands(app);
  for (auto& command : add_batch_commands(app)) extra.push_back(std::move(command));

  bool doctor_json = false;
  CLI::App* doctor_cmd = app.add_subcommand("doctor", "show the isolation layers and languages this machine offers");
  doctor_cmd->add_flag("--json", doctor_json, "print the findings as JSON");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "judge: " << e.what() << " (judge --help shows the usage)\n";
    return kBadInput;
  }

  try {
    if (*submit_cmd) {
      if (submit_args.problems_dir.empty()) submit_args.problems_dir = problems_dir;
      return submit(submit_args);
    }
    if (*validate_cmd) return validate(validate_id, problems_dir, validate_json);
    if (*problems_cmd) return list_problems(problems_dir, problems_json);
    if (*calibrate_cmd) return calibrate(calibrate_id, problems_dir, calibrate_json);
    if (*doctor_cmd) return doctor(doctor_json);
    for (auto& [command, run] : extra)
      if (*command) return run();
  } catch (const judge::InputError& e) {
    std::cerr << "judge: " << e.what() << "\n";
    return kBadInput;
  } catch (const judge::InternalError& e) {
    std::cerr << "judge: internal error: " << e.what() << "\n";
    return kInternalError;
  } catch (const std::exception& e) {
    std::cerr << "judge: internal error: " << e.what() << "\n";
    return kInternalError;
  }
  return kBadInput;
}
