// One function per subcommand; each returns the process exit status.
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

struct SubmitArgs {
  std::string problem;
  std::filesystem::path source;
  std::string language;  // empty: from the extension
  bool json = false;
  bool all = false;
  bool no_hints = false;
  std::filesystem::path problems_dir;  // empty: the default
  std::filesystem::path socket;        // set: through the daemon listening there
  bool no_wait = false;                // with socket: print the new id and return
};

int submit(const SubmitArgs& args);
int validate(const std::string& problem, const std::filesystem::path& problems_dir, bool json);
int list_problems(const std::filesystem::path& problems_dir, bool json);
int doctor(bool json);
// PROBLEM empty: every problem in the folder.
int calibrate(const std::string& problem, const std::filesystem::path& problems_dir, bool json);
// A package with `limits.time_multiplier` and no valid calibration on this
// machine is measured first, with a one-line notice on stderr
// (ensure_calibration, calibrate.h).
void calibrate_if_needed(const Problem& problem, const RunnerSet& runners);

// The settings every command passes down to the engine: built from the
// environment once, on first use (so that a command which grades nothing
// does not need a cache folder).
const Settings& settings();

// Subcommands that set themselves up: each adds its subcommands to `app`
// and returns, for each, the function main() runs when it was chosen.
using Subcommands = std::vector<std::pair<CLI::App*, std::function<int()>>>;
Subcommands add_daemon_commands(CLI::App& app);  // daemon, status, list (daemon.cpp)
Subcommands add_batch_commands(CLI::App& app);   // batch (batch.cpp)

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
