// `judge calibrate [PROBLEM]`: measures reference solutions on this machine,
// so that packages stating `limits.time_multiplier` get limits that hold
// here. `judge submit` and `judge validate` calibrate a package on first use.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "commands.h"
#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/grading/calibrate.h"
#include "engine/language/source_file.h"
#include "engine/limits/time_limits.h"

namespace judge::cli {
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::int64_t> limits_in_force(const Problem& problem, const RunnerSet& runners) {
  std::map<std::string, std::int64_t> limits;
  for (const auto& language : runners.languages())
    limits[language] = limits_for(problem, *runners.by_language(language), settings().cache).cpu_ms;
  return limits;
}

nlohmann::json result_json(const Problem& problem, const RunnerSet& runners, const Calibration& c,
                           const fs::path& file) {
  BaseTimeLimit base = time_limit_in_force(problem, settings().cache);
  nlohmann::json tests = nlohmann::json::array();
  for (const auto& t : c.tests) tests.push_back({{"test", t.test}, {"runs_ms", t.runs_ms}, {"median_ms", t.median_ms}});
  return {
      {"problem", problem.id},
      {"file", file.string()},
      {"reference", c.reference.string()},
      {"reference_language", c.reference_language},
      {"repetitions", c.repetitions},
      {"slowest_test", c.slowest_test},
      {"slowest_ms", c.slowest_ms},
      {"time_multiplier", c.time_multiplier ? nlohmann::json(*c.time_multiplier) : nlohmann::json(nullptr)},
      {"time_min_s", c.time_min_s},
      {"source", to_string(base.source)},
      {"time_s", base.seconds},
      {"limits_ms", limits_in_force(problem, runners)},
      {"machine",
       {{"hostname", c.machine.hostname},
        {"nproc", c.machine.nproc},
        {"kernel", c.machine.kernel},
        {"date", c.machine.date}}},
      {"tests", tests},
  };
}

std::string how_the_limit_follows(const Problem& problem, const Calibration& c, const BaseTimeLimit& base) {
  if (!problem.limits.time_multiplier)
    return fmt::format("no time_multiplier: the limit stays time: {} s from problem.yaml ({:.1f}x the reference here)",
                       problem.limits.time_s, c.slowest_ms > 0 ? base.seconds * 1000 / c.slowest_ms : 0.0);
  std::string measured = c.reference_factor == 1
                             ? fmt::format("{} ms", c.slowest_ms)
                             : fmt::format("{} ms / {} ({})", c.slowest_ms, c.reference_factor, c.reference_language);
  return fmt::format("time limit: max(time_min {} s, {} x {}) = {:.3f} s for C++ ({})", problem.limits.time_min_s,
                     *problem.limits.time_multiplier, measured, base.seconds, to_string(base.source));
}

std::string result_text(const Problem& problem, const RunnerSet& runners, const Calibration& c, const fs::path& file) {
  BaseTimeLimit base = time_limit_in_force(problem, settings().cache);
  std::vector<std::string> per_language;
  for (const auto& [language, ms] : limits_in_force(problem, runners))
    per_language.push_back(fmt::format("{} {} ms", language, ms));
  return fmt::format(
      "{}: the reference ({}) takes {} ms on its slowest test, {} (median of {})\n"
      "  {}\n"
      "  limits: {}\n"
      "  stored in {}\n",
      problem.id, c.reference.string(), c.slowest_ms, c.slowest_test, c.repetitions,
      how_the_limit_follows(problem, c, base), fmt::join(per_language, ", "), file.string());
}

std::vector<fs::path> every_package(const fs::path& problems_dir) {
  fs::path folder = problems_folder(problems_dir);
  std::vector<fs::path> packages;
  for (const auto& entry : fs::directory_iterator(folder)) {
    // A folder that cannot be read (a link loop) is listed, and its own
    // InputError then names it, as for any broken package.
    std::error_code ec;
    if (fs::is_regular_file(entry.path() / "problem.yaml", ec) ||
        (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory))
      packages.push_back(entry.path());
  }
  std::sort(packages.begin(), packages.end());
  return packages;
}

CalibrateOptions options_for_terminal() {
  CalibrateOptions options;
  if (isatty(STDERR_FILENO)) options.on_progress = [](const std::string& line) { std::cerr << "judge: " << line << "\n"; };
  return options;
}

int calibrate(const std::string& problem_id, const fs::path& problems_dir, bool json) {
  std::vector<fs::path> packages;
  if (problem_id.empty()) packages = every_package(problems_dir);
  else packages.push_back(find_problem(problem_id, problems_dir));
  RunnerSet runners = RunnerSet::load(judge_home() / "runners");
  const fs::path& cache = settings().cache;

  nlohmann::json results = nlohmann::json::array();
  int broken = 0;
  for (const auto& package : packages) {
    try {
      Problem problem = load_problem(package);
      Calibration calibration = calibrate(problem, runners, settings(), options_for_terminal());
      fs::path file = calibration_path(cache, problem.id);
      if (json) results.push_back(result_json(problem, runners, calibration, file));
      else std::cout << result_text(problem, runners, calibration, file) << std::flush;
    } catch (const InputError& e) {
      // One problem named on the command line: the documented exit 2 with
      // its one line. Over the whole folder, the others still calibrate.
      if (!problem_id.empty()) throw;
      ++broken;
      std::cerr << "judge: " << e.what() << "\n";
    }
  }
  if (json) print_json(problem_id.empty() ? results : results.at(0));
  else finish_stdout();
  return broken ? kBadInput : kAccepted;
}

}  // namespace

void calibrate_if_needed(const Problem& problem, const RunnerSet& runners) {
  ensure_calibration(problem, runners, settings(), [](const std::string& line) { std::cerr << "judge: " << line << "\n"; });
}

Subcommands add_calibrate_command(CLI::App& app, GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  auto problem = std::make_shared<std::string>();
  CLI::App* cmd =
      app.add_subcommand("calibrate", "measure reference solutions here, for limits given as time_multiplier");
  cmd->add_option("PROBLEM", *problem, "problem id, or path to a package folder (default: every problem)");
  cmd->add_flag("--json", *json, "print the measurements as JSON");
  cmd->add_option("--problems", global.problems_dir, "folder of problem packages");
  return {{cmd, [problem, json, &global] { return calibrate(*problem, global.problems_dir, *json); }}};
}

}  // namespace judge::cli
