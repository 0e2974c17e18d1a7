#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <memory>

#include "commands.h"
#include "engine/base/errors.h"
#include "engine/problem/problem.h"

namespace judge::cli {
namespace fs = std::filesystem;

namespace {

int list_problems(const fs::path& problems_dir, bool json) {
  fs::path folder = problems_folder(problems_dir);
  std::vector<fs::path> packages;
  for (const auto& entry : fs::directory_iterator(folder))
    if (fs::is_regular_file(entry.path() / "problem.yaml")) packages.push_back(entry.path());
  std::sort(packages.begin(), packages.end());

  nlohmann::json out = nlohmann::json::array();
  int broken = 0;
  for (const auto& package : packages) {
    try {
      Problem problem = load_problem(package);
      if (json) {
        out.push_back({{"id", problem.id}, {"title", problem.title}, {"time_s", problem.limits.time_s},
                       {"memory_mib", problem.limits.memory_mib}, {"tests", problem.tests.size()}});
      } else {
        std::cout << fmt::format("{:<20} {:<45} {:>4} s {:>5} MiB {:>4} tests\n", problem.id, problem.title,
                                 problem.limits.time_s, problem.limits.memory_mib, problem.tests.size());
      }
    } catch (const InputError& e) {
      ++broken;
      std::cerr << "judge: " << e.what() << "\n";
    }
  }
  if (json) print_json(out);
  else finish_stdout();
  return broken ? kBadInput : kAccepted;
}

}  // namespace

Subcommands add_problems_command(CLI::App& app, GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("problems", "list the problems");
  cmd->add_flag("--json", *json, "print the list as JSON");
  cmd->add_option("--problems", global.problems_dir, "folder of problem packages");
  return {{cmd, [json, &global] { return list_problems(global.problems_dir, *json); }}};
}

}  // namespace judge::cli
