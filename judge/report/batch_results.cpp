#include "report/batch_results.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "engine/errors.h"
#include "engine/report_json.h"
#include "engine/source_file.h"
#include "engine/utf8_text.h"
#include "engine/yaml_fields.h"

namespace judge::report {
namespace fs = std::filesystem;

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

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with("."); }

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

Cohort scan_cohort(const fs::path& dir, const ProblemSet& set,
                   const std::function<std::string(const std::string&)>& language_of) {
  if (!fs::is_directory(dir))
    throw InputError(fmt::format("{}: no such folder: give the folder that holds one folder per candidate",
                                 dir.string()));
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(dir)) entries.push_back(entry.path());
  std::sort(entries.begin(), entries.end());

  Cohort cohort;
  auto skip = [&](const fs::path& path, std::string reason) {
    cohort.skipped.push_back({fs::relative(path, dir), std::move(reason)});
  };
  std::string known;
  for (const auto& problem : set.problems) known += (known.empty() ? "" : ", ") + problem.id;

  for (const auto& candidate_dir : entries) {
    if (is_hidden(candidate_dir)) continue;
    if (!fs::is_directory(candidate_dir)) {
      skip(candidate_dir, "not in a candidate's folder (expected <candidate>/<problem id>.<ext>)");
      continue;
    }
    std::string candidate = candidate_dir.filename().string();
    cohort.candidates.push_back(candidate);
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(candidate_dir)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::map<std::string, std::vector<fs::path>> by_problem;
    for (const auto& file : files) {
      if (is_hidden(file)) continue;
      if (fs::is_directory(file)) {
        skip(file, "nested folder: only files directly in a candidate's folder are graded");
        continue;
      }
      std::string stem = file.stem().string();
      if (std::none_of(set.problems.begin(), set.problems.end(), [&](const auto& p) { return p.id == stem; })) {
        skip(file, fmt::format("'{}' is not a problem of the set (it has: {})", stem, known));
        continue;
      }
      if (language_of(file.extension().string()).empty()) {
        skip(file, fmt::format("unknown extension '{}' (use .cpp, .c or .py)", file.extension().string()));
        continue;
      }
      try {
        check_source_file(file);
      } catch (const InputError& e) {
        skip(file, e.what());
        continue;
      }
      by_problem[stem].push_back(file);
    }
    for (const auto& problem : set.problems) {
      auto it = by_problem.find(problem.id);
      if (it == by_problem.end()) continue;
      if (it->second.size() > 1) {
        std::string names;
        for (const auto& f : it->second) names += (names.empty() ? "" : ", ") + f.filename().string();
        for (const auto& f : it->second)
          skip(f, fmt::format("two files for problem '{}' ({}): keep one", problem.id, names));
        continue;
      }
      cohort.submissions.push_back({candidate, problem.id, fs::absolute(it->second.front())});
    }
  }
  return cohort;
}

const Result* BatchResults::find(const std::string& candidate, const std::string& problem) const {
  for (const auto& result : results)
    if (result.submission.candidate == candidate && result.submission.problem == problem) return &result;
  return nullptr;
}

double BatchResults::total_score(const std::string& candidate) const {
  double total = 0;
  for (const auto& result : results)
    if (result.submission.candidate == candidate) total += result.score;
  return total;
}

double BatchResults::max_score() const {
  double total = 0;
  for (const auto& problem : set.problems) total += problem.weight;
  return total;
}

double score_of(const Report& report, double weight) { return report.verdict == Verdict::AC ? weight : 0; }

std::int64_t cpu_ms(const Report& report) {
  std::int64_t total = 0;
  for (const auto& test : report.tests) total += test.time_ms;
  return total;
}

std::size_t tests_passed(const Report& report) {
  return std::count_if(report.tests.begin(), report.tests.end(),
                       [](const TestReport& t) { return t.verdict == Verdict::AC; });
}

nlohmann::json to_json(const BatchResults& batch) {
  nlohmann::json set = {{"title", batch.set.title}, {"file", batch.set.file.string()}, {"problems", nlohmann::json::array()}};
  for (const auto& p : batch.set.problems) set["problems"].push_back({{"id", p.id}, {"weight", p.weight}});

  nlohmann::json results = nlohmann::json::object();
  for (const auto& candidate : batch.candidates) results[candidate] = nlohmann::json::object();
  std::map<std::string, int> verdicts;
  for (const auto& r : batch.results) {
    results[r.submission.candidate][r.submission.problem] = {
        {"source", r.submission.source.string()}, {"weight", r.weight}, {"score", r.score},
        {"report", judge::to_json(r.report)},
        {"submission_id", r.submission_id ? nlohmann::json(*r.submission_id) : nlohmann::json(nullptr)}};
    ++verdicts[to_string(r.report.verdict)];
  }
  nlohmann::json scores = nlohmann::json::object();
  for (const auto& candidate : batch.candidates) scores[candidate] = batch.total_score(candidate);

  nlohmann::json skipped = nlohmann::json::array();
  for (const auto& s : batch.skipped) skipped.push_back({{"path", s.path.string()}, {"reason", s.reason}});

  return {{"set", set},
          {"submissions_dir", batch.submissions_dir.string()},
          {"started_at", batch.started_at},
          {"workers", batch.workers},
          {"daemon_socket", batch.daemon_socket ? nlohmann::json(batch.daemon_socket->string()) : nlohmann::json(nullptr)},
          {"wall_seconds", batch.wall_seconds},
          {"candidates", batch.candidates},
          {"results", results},
          {"skipped", skipped},
          {"totals",
           {{"submissions", batch.results.size()},
            {"skipped", batch.skipped.size()},
            {"verdicts", verdicts},
            {"max_score", batch.max_score()},
            {"scores", scores}}}};
}

namespace {
// Closed before it is checked: a full disk shows only when the buffer is
// written out, and a report cut short must not pass for a whole one.
void write_text(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw InputError(fmt::format("{}: cannot write here (full, or not writable: give another --out)",
                                         file.string()));
}
}  // namespace

void write_all(const BatchResults& batch, const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir))
    throw InputError(fmt::format("{}: cannot create this folder (give another --out)", dir.string()));
  write_text(dir / "results.csv", to_csv(batch));
  write_text(dir / "results.json", json_text(to_json(batch), 2) + "\n");
  write_text(dir / "junit.xml", to_junit(batch));
  write_text(dir / "report.html", to_html(batch));
}

}  // namespace judge::report
