#include "batch/through_daemon.h"

#include <fmt/format.h>

#include <random>
#include <thread>

#include "batch/results.h"
#include "daemon/client.h"
#include "daemon/protocol.h"
#include "engine/base/errors.h"
#include "engine/base/file_text.h"
#include "engine/grading/report_json.h"

namespace judge::batch {
namespace fs = std::filesystem;

namespace {

// Names this run's submissions for the daemon, so a submit sent again after
// a lost connection finds the first one instead of queueing a second.
std::string run_token() {
  std::random_device random;
  return fmt::format("{:08x}{:08x}", random(), random());
}

std::string id_list(const std::vector<std::int64_t>& ids) {
  std::string text;
  for (std::size_t i = 0; i < ids.size() && i < 10; ++i) text += (i ? ", " : "") + std::to_string(ids[i]);
  if (ids.size() > 10) text += fmt::format(" and {} more", ids.size() - 10);
  return text;
}

// A keyed, so repeatable, submit: the daemon's id for it.
std::int64_t queue(daemon::ReconnectingClient& client, const report::Submission& s, const RunnerSet& runners,
                   const Options& options, const std::string& key) {
  daemon::SubmitRequest request;
  request.problem = s.problem;
  request.language = runners.for_source(s.source, "").language;
  request.source = read_file(s.source);
  request.hints = !options.no_hints;
  request.key = key;
  nlohmann::json accepted = client.ask(daemon::submit_request(request));
  daemon::throw_if_error(accepted);
  return accepted.at("id").get<std::int64_t>();
}

// The report of submission `id` once it is done; nullopt while it is not.
std::optional<Report> collect(daemon::ReconnectingClient& client, std::int64_t id, const report::Submission& s,
                              const Options& options) {
  nlohmann::json status = client.ask({{"op", "status"}, {"id", id}});
  if (auto error = daemon::error_in(status); error && error->code == "not_found")
    throw InternalError(fmt::format("the daemon at {} no longer holds submission {} ({}): was it started "
                                    "again on another --db?",
                                    options.socket.string(), id, s.source.string()));
  daemon::throw_if_error(status);
  if (status.value("status", "") != "done" || !status["report"].is_object()) return std::nullopt;
  return report_from_json(status["report"]);
}

}  // namespace

void skip_over_daemon_cap(Cohort& cohort, const fs::path& submissions_dir) {
  std::erase_if(cohort.submissions, [&](const report::Submission& s) {
    std::error_code ec;
    if (fs::file_size(s.source, ec) <= daemon::kMaxSourceBytes || ec) return false;
    cohort.skipped.push_back({fs::relative(s.source, fs::absolute(submissions_dir)),
                              fmt::format("over the daemon's {} KiB cap on a source", daemon::kMaxSourceBytes / 1024)});
    return true;
  });
}

// Every submission is queued first, then their statuses are polled and each
// report is collected by id as it is done. A daemon that goes away (killed,
// restarted) is waited for, up to --reconnect-timeout at a stretch: what it
// had queued or was running it grades again when it starts.
std::vector<report::Result> grade_through_daemon(const std::vector<report::Submission>& submissions,
                                                 const RunnerSet& runners, const report::ProblemSet& set,
                                                 const Options& options, report::Progress& progress) {
  auto give_up = std::chrono::milliseconds(static_cast<std::int64_t>(options.reconnect_timeout_s * 1000));
  daemon::ReconnectingClient client(options.socket, give_up, [&](const std::string& text) { progress.note(text); });
  std::vector<report::Result> results(submissions.size());
  std::vector<std::int64_t> ids(submissions.size(), 0);
  std::vector<std::size_t> pending;
  auto lost = [&](const daemon::ConnectionLost& e) {
    std::vector<std::int64_t> left;
    for (std::size_t i : pending) left.push_back(ids[i]);
    if (left.empty()) return InternalError(e.what());
    return InternalError(fmt::format("{}; {} submission(s) not collected, left with the daemon: {}", e.what(),
                                     left.size(), id_list(left)));
  };
  try {
    std::string token = run_token();
    for (std::size_t i = 0; i < submissions.size(); ++i) {
      ids[i] = queue(client, submissions[i], runners, options, fmt::format("batch-{}-{}", token, i));
      results[i] = ungraded(submissions[i], set);
      results[i].submission_id = ids[i];
      pending.push_back(i);
    }
    while (!pending.empty()) {
      std::vector<std::size_t> still;
      for (std::size_t i : pending) {
        if (std::optional<Report> report = collect(client, ids[i], submissions[i], options))
          record(results[i], std::move(*report), progress);
        else
          still.push_back(i);
      }
      pending = std::move(still);
      if (!pending.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
  } catch (const daemon::ConnectionLost& e) {
    throw lost(e);
  }
  return results;
}

}  // namespace judge::batch
