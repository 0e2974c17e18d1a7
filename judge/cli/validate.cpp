#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

#include "commands.h"
#include "engine/base/settings.h"
#include "engine/grading/validator.h"

namespace judge::cli {

namespace {

int validate(const std::string& id, const std::filesystem::path& problems_dir, bool json) {
  std::filesystem::path package = find_problem(id, problems_dir);
  RunnerSet runners = RunnerSet::load(judge_home() / "runners");
  Problem problem = load_problem(package);
  calibrate_if_needed(problem, runners);
  bool colour = !json && stdout_is_terminal();
  if (!json) std::cout << fmt::format("validating {} ({} tests)\n", problem.id, problem.tests.size()) << std::flush;

  auto print = [&](const ValidationCheck& check) {
    if (json) return;
    const char* mark = !check.passed   ? (colour ? "\033[31mFAIL\033[0m" : "FAIL")
                       : check.warning ? (colour ? "\033[33mwarn\033[0m" : "warn")
                                       : (colour ? "\033[32mok  \033[0m" : "ok  ");
    std::cout << fmt::format("{} {}\n     {}\n", mark, check.what, check.detail) << std::flush;
  };
  std::vector<ValidationCheck> checks = validate_problem(problem, runners, settings(), print);
  std::size_t failed = std::count_if(checks.begin(), checks.end(), [](const auto& c) { return !c.passed; });
  std::size_t warned = std::count_if(checks.begin(), checks.end(), [](const auto& c) { return c.warning; });

  if (json) {
    nlohmann::json out = {{"problem", problem.id}, {"ok", failed == 0}, {"checks", nlohmann::json::array()}};
    for (const auto& check : checks)
      out["checks"].push_back(
          {{"what", check.what}, {"passed", check.passed}, {"warning", check.warning}, {"detail", check.detail}});
    print_json(out);
  } else {
    std::cout << (failed == 0 ? fmt::format("{}: all {} checks passed", problem.id, checks.size())
                              : fmt::format("{}: {} of {} checks failed", problem.id, failed, checks.size()))
              << (warned ? fmt::format(" ({} with a warning)\n", warned) : "\n");
    finish_stdout();
  }
  return failed == 0 ? kAccepted : kNotAccepted;
}

}  // namespace

Subcommands add_validate_command(CLI::App& app, GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  auto problem = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("validate", "check a problem package end to end");
  cmd->add_option("PROBLEM", *problem, "problem id, or path to a package folder")->required();
  cmd->add_flag("--json", *json, "print the checks as JSON");
  cmd->add_option("--problems", global.problems_dir, "folder of problem packages");
  return {{cmd, [problem, json, &global] { return validate(*problem, global.problems_dir, *json); }}};
}

}  // namespace judge::cli
