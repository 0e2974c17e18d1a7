#include "batch/problem_set.h"

#include <fmt/format.h>

#include <set>

#include "engine/base/errors.h"
#include "engine/base/yaml_fields.h"

namespace judge::batch {
namespace fs = std::filesystem;
using report::ProblemSet;
using report::SetProblem;

namespace {

constexpr const char* kSetHelp = "see problems/README.md, \"Problem sets\"";

SetProblem read_set_problem(const YamlDocument& doc, const YAML::Node& node, std::size_t index) {
  std::string field = fmt::format("problems[{}]", index);
  if (node.IsScalar()) return {doc.string_of(node, field), 1, node.Mark().line + 1};
  doc.only_keys(node, field, {"id", "weight"});
  if (!node["id"]) doc.fail(node, field + ".id", "missing: each problem needs `id: <problem id>`");
  SetProblem problem{doc.string_of(node["id"], field + ".id"), 1, node.Mark().line + 1};
  if (node["weight"]) {
    problem.weight = doc.number_of(node["weight"], field + ".weight");
    if (problem.weight < 0) doc.fail(node["weight"], field + ".weight", "must be 0 or more");
  }
  return problem;
}

}  // namespace

ProblemSet load_problem_set(const fs::path& file) {
  std::error_code ec;  // a link loop or an overlong name is the set's fault too: YamlDocument names it
  if (!fs::is_regular_file(file, ec) && !ec)
    throw InputError(fmt::format("{}: no such file: give a problem-set YAML ({})", file.string(), kSetHelp));
  YamlDocument doc(file);
  const YAML::Node& root = doc.root();
  if (!root.IsMap()) doc.fail(root, "set", fmt::format("expected `title:` and `problems:` ({})", kSetHelp));
  doc.only_keys(root, "", {"title", "problems"});
  ProblemSet set{file, file.stem().string(), {}};
  if (root["title"]) set.title = doc.string_of(root["title"], "title");
  const YAML::Node& problems = root["problems"];
  if (!problems) doc.fail(root, "problems", fmt::format("missing: list the problems as `- id: <id>` ({})", kSetHelp));
  if (!problems.IsSequence() || problems.size() == 0)
    doc.fail(problems, "problems", "expected a non-empty list of `- id: <id>` (with an optional `weight:`)");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    SetProblem problem = read_set_problem(doc, problems[i], i);
    if (!seen.insert(problem.id).second)
      doc.fail(problems[i], fmt::format("problems[{}].id", i), fmt::format("'{}' is listed twice", problem.id));
    set.problems.push_back(std::move(problem));
  }
  return set;
}

std::map<std::string, Problem> load_set_problems(const ProblemSet& set,
                                                 const decltype(Options::find_package)& find_package) {
  std::map<std::string, Problem> problems;
  for (const auto& entry : set.problems) {
    fs::path package;
    try {
      package = find_package(entry.id);
    } catch (const InputError& e) {
      throw InputError(fmt::format("{}:{}: {}", set.file.string(), entry.line, e.what()));
    }
    problems.emplace(entry.id, load_problem(package));
  }
  return problems;
}

}  // namespace judge::batch
