// The subcommands' adders (one file each), and what they share: the exit
// statuses, the problem lookup, the calibration on first use, stdout.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace judge {
struct Problem;
class RunnerSet;
struct Settings;
}  // namespace judge

namespace judge::cli {

// Exit statuses: a contract documented in the README.
enum ExitStatus { kAccepted = 0, kNotAccepted = 1, kBadInput = 2, kInternalError = 3 };

// A package with `limits.time_multiplier` and no valid calibration on this
// machine is measured first, with a one-line notice on stderr
// (ensure_calibration, calibrate.h).
void calibrate_if_needed(const Problem& problem, const RunnerSet& runners);

// The settings every command passes down to the engine: built from the
// environment once, on first use (so that a command which grades nothing
// does not need a cache folder).
const Settings& settings();

// The options given before the subcommand: `judge --problems DIR submit ...`.
struct GlobalOptions {
  std::filesystem::path problems_dir;  // empty: the default
};

// Every subcommand sets itself up: its adder adds it to `app` and returns,
// for each subcommand added, the function main() runs when it was chosen.
// `global` outlives those functions.
using Subcommands = std::vector<std::pair<CLI::App*, std::function<int()>>>;
using AddSubcommands = Subcommands (*)(CLI::App& app, GlobalOptions& global);
Subcommands add_submit_command(CLI::App& app, GlobalOptions& global);     // submit.cpp
Subcommands add_validate_command(CLI::App& app, GlobalOptions& global);   // validate.cpp
Subcommands add_problems_command(CLI::App& app, GlobalOptions& global);   // problems.cpp
Subcommands add_calibrate_command(CLI::App& app, GlobalOptions& global);  // calibrate.cpp
Subcommands add_daemon_commands(CLI::App& app, GlobalOptions& global);    // daemon, status, list (daemon.cpp)
Subcommands add_batch_commands(CLI::App& app, GlobalOptions& global);     // batch.cpp
Subcommands add_doctor_command(CLI::App& app, GlobalOptions& global);     // doctor.cpp

// Resolves PROBLEM: a path to a package folder, or an id under the problems
// folder. Throws InputError suggesting the closest id when there is none.
std::filesystem::path find_problem(const std::string& problem, const std::filesystem::path& problems_dir);
std::filesystem::path problems_folder(const std::filesystem::path& override_dir);

bool stdout_is_terminal();

// Every report a command prints ends here (output.cpp): JSON through the
// one UTF-8 rule (engine/utf8_text.h), then stdout flushed and checked;
// an InternalError (exit 3) when it could not be written.
void print_json(const nlohmann::json& value);
void finish_stdout();

}  // namespace judge::cli
