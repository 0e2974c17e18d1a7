#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "commands.h"
#include "engine/errors.h"
#include "engine/locations.h"

namespace judge::cli {
namespace fs = std::filesystem;

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"); }

fs::path problems_folder(const fs::path& override_dir) {
  if (!override_dir.empty()) {
    if (!fs::is_directory(override_dir))
      throw InputError(fmt::format("{}: no such folder (given with --problems)", override_dir.string()));
    return override_dir;
  }
  return judge_home() / "problems";
}

fs::path find_problem(const std::string& problem, const fs::path& problems_dir) {
  fs::path as_path(problem);
  if (fs::is_regular_file(as_path / "problem.yaml")) return as_path;
  fs::path folder = problems_folder(problems_dir);
  if (problem.find('/') == std::string::npos && fs::is_regular_file(folder / problem / "problem.yaml"))
    return folder / problem;
  if (fs::is_directory(as_path))
    throw InputError(fmt::format("{}: no problem.yaml in this folder: is it a problem package?", problem));

  std::string closest;
  std::size_t best = std::string::npos;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (!fs::is_regular_file(entry.path() / "problem.yaml")) continue;
    std::string id = entry.path().filename().string();
    std::size_t distance = edit_distance(problem, id);
    if (distance < best) best = distance, closest = id;
  }
  std::string hint = (!closest.empty() && best <= std::max<std::size_t>(3, problem.size() / 2))
                         ? fmt::format(": did you mean '{}'?", closest)
                         : "";
  throw InputError(fmt::format("unknown problem '{}'{} ('judge problems' lists them)", problem, hint));
}

}  // namespace judge::cli
