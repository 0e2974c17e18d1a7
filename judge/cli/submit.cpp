#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "commands.h"
#include "engine/grader.h"
#include "engine/locations.h"
#include "engine/source_file.h"

namespace judge::cli {
namespace fs = std::filesystem;

int submit(const SubmitArgs& args) {
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
  report = grade(problem, runners, runner, args.source, cache_root(), options);

  if (args.json) {
    std::cout << to_json(report).dump(2) << "\n";
  } else {
    if (!header_printed) std::cout << text_header(report, colour);
    std::cout << text_footer(report, colour);
  }
  if (report.verdict == Verdict::AC) return kAccepted;
  if (report.verdict == Verdict::IE) return kInternalError;
  return kNotAccepted;
}

}  // namespace judge::cli
