// `judge doctor`: what this machine gives the judge. Which isolation layers
// are active, which languages can run, where the cache is, and a live
// self-test of the sandbox, so "it works on my machine" has an answer.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/utsname.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include <sandbox/sandbox.h>

#include "commands.h"
#include "engine/base/errors.h"
#include "engine/base/file_text.h"
#include "engine/base/utf8_text.h"
#include "engine/base/settings.h"
#include "engine/base/workspace.h"
#include "engine/complexity/counted_ladder.h"
#include "engine/complexity/instruction_count.h"
#include "engine/language/run_program.h"
#include "engine/language/runner.h"

namespace judge::cli {
namespace fs = std::filesystem;

namespace {

struct SelfTest {
  bool ok = false;
  std::string detail;
};

// A real run of a real program under the candidates' profile: the cheapest
// proof that every layer the report lists can actually be applied here.
SelfTest sandbox_self_test() {
  Workspace workspace;
  sandbox::Policy policy;
  policy.argv = {"/bin/true"};
  policy.env = {"PATH=/usr/bin:/bin"};
  policy.workdir = workspace.box();
  policy.cpu_limit = std::chrono::milliseconds(1000);
  policy.wall_limit = std::chrono::milliseconds(5000);
  policy.seccomp = sandbox::SeccompProfile::Program;
  sandbox::Outcome outcome = sandbox::run(policy);
  if (!outcome.error.empty()) return {false, outcome.error};
  if (!outcome.exited || outcome.exit_code != 0)
    return {false, fmt::format("/bin/true did not exit 0 (exit {}, signal {})", outcome.exit_code, outcome.term_signal)};
  return {true, fmt::format("/bin/true ran in the sandbox in {} ms", outcome.wall_ms)};
}

// The first line a runner's `version` command prints ("openjdk version
// \"17.0.13\" 2024-10-15"), run in the sandbox like the tool's real work.
std::string tool_version(const Runner& runner) {
  if (runner.version.empty()) return "";
  Workspace workspace;
  sandbox::Policy policy;
  policy.argv = runner.version;
  policy.env = program_env(runner);
  policy.workdir = workspace.box();
  const fs::path output = workspace.private_dir() / "version";
  policy.stdout_path = output;
  policy.stderr_path = output;
  policy.cpu_limit = std::chrono::milliseconds(10000);
  policy.wall_limit = std::chrono::milliseconds(20000);
  policy.memory_bytes = runner.compile_memory_mib << 20;
  policy.max_processes = 64;
  policy.seccomp = sandbox::SeccompProfile::Compiler;
  sandbox::Outcome outcome = sandbox::run(policy);
  if (!outcome.error.empty() || !outcome.exited || outcome.exit_code != 0) return "";
  std::string text = read_head(output, 4096);
  return valid_utf8(text.substr(0, text.find('\n')));
}

int doctor(bool json) {
  utsname uts{};
  uname(&uts);
  std::vector<std::string> layers = sandbox::active_layers();
  std::vector<std::string> missing = sandbox::missing_layers();
  SelfTest self_test = sandbox_self_test();

  nlohmann::json runners_json = nlohmann::json::array();
  RunnerSet runners = RunnerSet::load(judge_home() / "runners");
  std::vector<std::string> runner_lines;
  // The id column fits the longest id (javascript), at least the 8 it had.
  std::size_t id_width = 8;
  for (const auto& language : runners.languages()) id_width = std::max(id_width, language.size());
  for (const auto& language : runners.languages()) {
    const Runner& runner = *runners.by_language(language);
    std::string tool = runner.compile.empty() ? runner.run.front() : runner.compile.front();
    bool present = access(tool.c_str(), X_OK) == 0;
    const std::string version = present ? tool_version(runner) : "";
    runners_json.push_back({{"language", language}, {"name", runner.name}, {"tool", tool}, {"available", present},
                            {"version", version}});
    runner_lines.push_back(fmt::format("  {:<{}} {:<30} {}", language, id_width, runner.name,
                                       present ? "ok" + (version.empty() ? "" : ": " + version) : tool + " is missing"));
  }

  std::string cache;
  std::string cache_problem;
  ComplexityMeasure measure = ComplexityMeasure::Auto;
  try {
    cache = settings().cache.string();
    measure = settings().complexity_measure;
  } catch (const std::exception& e) {
    cache_problem = e.what();
  }

  // What the complexity hint measures here: counted instructions where
  // Valgrind is installed (an interpreted language through its runner's
  // ladder server, counted_ladder.h), CPU time otherwise.
  const auto& counter = instruction_counter(measure);
  std::vector<std::string> one_interpreter, timed;
  for (const auto& language : runners.languages()) {
    const Runner& runner = *runners.by_language(language);
    if (has_counted_ladder(runner)) one_interpreter.push_back(language);
    else if (is_interpreted(runner)) timed.push_back(language);
  }
  std::string hint_measure =
      counter ? fmt::format("instructions ({})", counter->tool.string())
              : "CPU time (install valgrind to count instructions: exact where CPU time is noisy)";
  if (counter && !one_interpreter.empty())
    hint_measure += fmt::format("; {} with every size in one interpreter", fmt::join(one_interpreter, ", "));
  if (counter && !timed.empty()) hint_measure += fmt::format("; {} in CPU time", fmt::join(timed, ", "));

  if (json) {
    nlohmann::json out = {
        {"complexity_measure", counter ? "instructions" : "cpu_time"},
        {"kernel", fmt::format("{} {}", uts.sysname, uts.release)},
        {"root", geteuid() == 0},
        {"sandbox", {{"layers", layers}, {"missing", missing}, {"self_test", {{"ok", self_test.ok}, {"detail", self_test.detail}}}}},
        {"runners", runners_json},
        {"cache", cache_problem.empty() ? nlohmann::json(cache) : nlohmann::json(nullptr)},
        {"home", judge_home().string()},
    };
    print_json(out);
  } else {
    std::cout << fmt::format("kernel   {} {}\n", uts.sysname, uts.release);
    std::cout << fmt::format("user     {}\n", geteuid() == 0 ? "root" : fmt::format("uid {} (not root: fewer layers)", geteuid()));
    std::cout << fmt::format("layers   {}\n", fmt::join(layers, " "));
    if (missing.empty()) std::cout << "missing  none: every layer this judge knows is active\n";
    for (const auto& line : missing) std::cout << fmt::format("missing  {}\n", line);
    std::cout << fmt::format("sandbox  {}: {}\n", self_test.ok ? "ok" : "FAILED", self_test.detail);
    std::cout << "runners\n";
    for (const auto& line : runner_lines) std::cout << line << "\n";
    std::cout << fmt::format("hints    {}\n", hint_measure);
    std::cout << fmt::format("cache    {}\n", cache_problem.empty() ? cache : "FAILED: " + cache_problem);
    std::cout << fmt::format("home     {}\n", judge_home().string());
    finish_stdout();
  }
  return self_test.ok && cache_problem.empty() ? kAccepted : kInternalError;
}

}  // namespace

Subcommands add_doctor_command(CLI::App& app, GlobalOptions&) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("doctor", "show the isolation layers and languages this machine offers");
  cmd->add_flag("--json", *json, "print the findings as JSON");
  return {{cmd, [json] { return doctor(*json); }}};
}

}  // namespace judge::cli
