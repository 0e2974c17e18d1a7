#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "commands.h"
#include "engine/base/errors.h"
#include "engine/base/settings.h"

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

// A name for a message: a 70,000-character argument is not echoed whole.
std::string shortened(const std::string& text) {
  return text.size() > 80 ? text.substr(0, 60) + fmt::format("... ({} characters)", text.size()) : text;
}

// Whether `path` is a regular file; a name too long, a link loop or a
// folder that cannot be entered is "no" here, and an error for the loader
// to name once it reads the package.
bool is_file(const fs::path& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool is_folder(const fs::path& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

}  // namespace

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"); }

fs::path problems_folder(const fs::path& override_dir) {
  if (!override_dir.empty()) {
    if (!is_folder(override_dir))
      throw InputError(fmt::format("{}: no such folder (given with --problems)", override_dir.string()));
    return override_dir;
  }
  return judge_home() / "problems";
}

fs::path find_problem(const std::string& problem, const fs::path& problems_dir) {
  if (problem.empty()) throw InputError("the problem is empty: give an id ('judge problems' lists them) or a folder");
  fs::path as_path(problem);
  std::error_code ec;
  // A path that exists but cannot be followed is the user's to fix.
  (void)fs::status(as_path / "problem.yaml", ec);
  if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory &&
      ec != std::errc::filename_too_long)
    throw InputError(fmt::format("{}: {}", shortened(problem), ec.message()));
  if (is_file(as_path / "problem.yaml")) return as_path;
  fs::path folder = problems_folder(problems_dir);
  if (problem.find('/') == std::string::npos && is_file(folder / problem / "problem.yaml")) return folder / problem;
  if (is_folder(as_path))
    throw InputError(fmt::format("{}: no problem.yaml in this folder: is it a problem package?", problem));

  std::string closest;
  std::size_t best = std::string::npos;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (!is_file(entry.path() / "problem.yaml")) continue;
    std::string id = entry.path().filename().string();
    std::size_t distance = edit_distance(problem, id);
    if (distance < best) best = distance, closest = id;
  }
  std::string hint = (!closest.empty() && best <= std::max<std::size_t>(3, problem.size() / 2))
                         ? fmt::format(": did you mean '{}'?", closest)
                         : "";
  throw InputError(fmt::format("unknown problem '{}'{} ('judge problems' lists them)", shortened(problem), hint));
}

}  // namespace judge::cli
