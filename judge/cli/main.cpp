// judge: the command-line front end. Parses arguments, calls the engine,
// and turns its errors into the documented exit statuses.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <sandbox/sandbox.h>

#include <csignal>
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "engine/base/errors.h"

using namespace judge::cli;

namespace {

// Every subcommand, in the order `judge --help` lists them.
const AddSubcommands kSubcommands[] = {
    add_submit_command,  add_validate_command, add_problems_command, add_calibrate_command,
    add_daemon_commands, add_batch_commands,   add_doctor_command,
};

// More grading threads than this is a typo, not a machine.
constexpr unsigned long kMaxWorkers = 1024;

// CLI11's PositiveNumber words a failure with the whole range of a double
// (330 characters): a worker count gets a short range of its own instead.
void bound_worker_counts(CLI::App& app) {
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) {
    for (CLI::Option* option : command->get_options([](CLI::Option*) { return true; })) {
      if (option->get_name() != "--workers") continue;
      // Its own checks (PositiveNumber) are switched off, not removed:
      // CLI11 has no call for that.
      for (int index = 0;; ++index) {
        try {
          option->get_validator(index)->active(false);
        } catch (const CLI::OptionNotFound&) {
          break;
        }
      }
      option->check(CLI::Validator(
          [](std::string& value) -> std::string {
            std::size_t used = 0;
            unsigned long count = 0;
            try {
              count = std::stoul(value, &used);
            } catch (const std::exception&) {
              used = 0;
            }
            if (used != value.size() || value.empty() || value.front() == '-' || count < 1 || count > kMaxWorkers)
              return fmt::format("must be between 1 and {} (got '{}')", kMaxWorkers, value);
            return "";
          },
          fmt::format("1..{}", kMaxWorkers), "WORKERS"));
    }
  }
}

// Every subcommand's name, in `judge --help` order, for the messages that
// list them.
std::string known_subcommands(const CLI::App& app) {
  std::vector<std::string> known;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
    known.push_back(command->get_name());
  return fmt::format("{}", fmt::join(known, ", "));
}

// CLI11's messages, said the way the rest of the judge says things: one
// line naming the flag or word that is wrong.
std::string usage_message(const CLI::App& app, const CLI::ParseError& e) {
  std::string what = e.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    std::size_t colon = what.find("expected: ");
    std::string first = colon == std::string::npos ? what : what.substr(colon + 10);
    first = first.substr(0, first.find(' '));
    const CLI::App* within = nullptr;
    for (const CLI::App* command : app.get_subcommands()) within = command;
    std::string where = within ? fmt::format(" for 'judge {}'", within->get_name()) : "";
    if (!first.empty() && first.front() == '-') return fmt::format("unknown option '{}'{}", first, where);
    if (!within) return fmt::format("unknown subcommand '{}' (known: {})", first, known_subcommands(app));
    return fmt::format("unexpected argument '{}'{}", first, where);
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    // "--workers: must be between ..." reads better without the colon.
    if (std::size_t at = what.find(": must "); at != std::string::npos) what.erase(at, 1);
  }
  return what;
}

// The commands that run programs in the sandbox here (not through a daemon).
bool runs_sandbox(CLI::App* command) {
  static const std::vector<std::string> local = {"submit", "validate", "calibrate", "doctor", "daemon", "batch"};
  if (std::find(local.begin(), local.end(), command->get_name()) == local.end()) return false;
  try {
    return command->get_option("--socket")->count() == 0 || command->get_name() == "daemon";
  } catch (const CLI::OptionNotFound&) {
    return true;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // A program that closes its pipes early must not take the judge with it.
  std::signal(SIGPIPE, SIG_IGN);
  // Before any thread or box exists: the sandbox needs descriptor 1023.
  const std::string descriptor_problem = sandbox::raise_open_files_limit();

  CLI::App app{"judge: grade solutions to interview-style problems, offline and sandboxed"};
  // At most one; none is reported below, after CLI11 has had its say about
  // unknown options (with require_subcommand(1) it would report the missing
  // subcommand first, and `judge --bogus` would not name --bogus).
  app.require_subcommand(0, 1);
  GlobalOptions global;
  app.add_option("--problems", global.problems_dir, "folder of problem packages (default: the judge's problems/)");
  Subcommands commands;
  for (AddSubcommands add : kSubcommands)
    for (auto& command : add(app, global)) commands.push_back(std::move(command));

  bound_worker_counts(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "judge: " << usage_message(app, e) << " (judge --help shows the usage)\n";
    return kBadInput;
  }
  if (app.get_subcommands().empty()) {
    std::cerr << fmt::format("judge: a subcommand is required: {} (judge --help shows the usage)\n",
                             known_subcommands(app));
    return kBadInput;
  }
  if (!descriptor_problem.empty() && runs_sandbox(app.get_subcommands().front())) {
    // The machine's setting, not the package's: every run would fail.
    std::cerr << "judge: " << descriptor_problem << "\n";
    return kInternalError;
  }

  try {
    for (auto& [command, run] : commands)
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
