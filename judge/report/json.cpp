#include <map>

#include "engine/grading/report_json.h"
#include "report/batch_results.h"

namespace judge::report {

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

}  // namespace judge::report
