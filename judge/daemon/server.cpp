#include "server.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "engine/errors.h"
#include "engine/locations.h"
#include "engine/problem.h"
#include "engine/runner.h"
#include "database_lock.h"
#include "grading_job.h"
#include "listener.h"
#include "protocol.h"
#include "store.h"

namespace judge::daemon {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The signal handler's only way out: a byte on this pipe wakes the accept loop.
int stop_pipe[2] = {-1, -1};

void on_stop_signal(int) {
  char byte = 1;
  [[maybe_unused]] ssize_t ignored = ::write(stop_pipe[1], &byte, 1);
}

void install_stop_handlers() {
  if (::pipe2(stop_pipe, O_CLOEXEC) != 0) throw InternalError("cannot make the daemon's stop pipe");
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGTERM, &action, nullptr);
  ::sigaction(SIGINT, &action, nullptr);
}

json key_json(const Submission& s) { return s.key.empty() ? json(nullptr) : json(s.key); }

json status_json(const Submission& s) {
  json report = nullptr;
  if (s.status == "done" && !s.report.empty()) report = json::parse(s.report);
  return {{"id", s.id},         {"problem", s.problem}, {"language", s.language},
          {"status", s.status}, {"report", report},     {"key", key_json(s)}};
}

class Daemon {
 public:
  explicit Daemon(const ServerConfig& config)
      : config_(config),
        lock_(config.database),
        store_(config.database),
        runners_(RunnerSet::load(judge_home() / "runners")) {}

  void run() {
    int requeued = store_.requeue_running();
    if (requeued > 0) std::cerr << fmt::format("judge daemon: regrading {} interrupted submission(s)\n", requeued);
    int listener = listen_on(config_.socket);
    std::cerr << fmt::format("judge daemon: listening on {} with {} worker(s)\n", config_.socket.string(),
                             config_.workers);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < config_.workers; ++i) workers.emplace_back([this] { work(); });
    accept_until_stopped(listener);
    ::close(listener);
    std::error_code ec;
    fs::remove(config_.socket, ec);
    stop();
    for (auto& worker : workers) worker.join();
    close_connections();
    std::cerr << "judge daemon: drained, exiting\n";
  }

 private:
  void accept_until_stopped(int listener) {
    pollfd fds[2] = {{listener, POLLIN, 0}, {stop_pipe[0], POLLIN, 0}};
    for (;;) {
      if (::poll(fds, 2, -1) < 0) continue;  // EINTR: the handler wrote to the pipe
      if (fds[1].revents) return;
      if (!(fds[0].revents & POLLIN)) continue;
      int client = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
      if (client < 0) continue;
      open_connection(client);
    }
  }

  void open_connection(int client) {
    {
      std::lock_guard lock(mutex_);
      connections_.insert(client);
    }
    std::thread([this, client] {
      serve_connection(client);
      std::lock_guard lock(mutex_);
      connections_.erase(client);
      ::close(client);
      changed_.notify_all();
    }).detach();
  }

  // Connections are detached threads: wake every one (their reads end) and
  // wait until the last has let go of the store.
  void close_connections() {
    std::unique_lock lock(mutex_);
    for (int fd : connections_) ::shutdown(fd, SHUT_RDWR);
    changed_.wait(lock, [this] { return connections_.empty(); });
  }

  void stop() {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    changed_.notify_all();
  }

  void serve_connection(int client) {
    LineReader reader(client, kMaxLineBytes);
    for (;;) {
      std::optional<std::string> line;
      try {
        line = reader.next();
      } catch (const ProtocolError& e) {
        // Read to the end of the oversized line first: a client that sends
        // its whole request before reading would otherwise get EPIPE, not
        // the error.
        if (!reader.skip_line()) return;
        if (!write_line(client, error_line(e.code, e.what()))) return;
        continue;
      }
      if (!line) return;
      if (!answer(client, *line)) return;
    }
  }

  // False when the client is gone.
  bool answer(int client, const std::string& line) {
    try {
      Request request = parse_request(line);
      if (request.op == "submit") return submit(client, request);
      if (request.op == "status") return write_line(client, status(request.id).dump());
      return write_line(client, list().dump());
    } catch (const ProtocolError& e) {
      return write_line(client, error_line(e.code, e.what()));
    } catch (const std::exception& e) {
      return write_line(client, error_line("internal", e.what()));
    }
  }

  bool submit(int client, const Request& request) {
    if (!package_folder(config_.problems_dir, request.submit.problem))
      throw ProtocolError("unknown_problem", fmt::format("no problem \"{}\" (judge problems lists them)", request.submit.problem));
    if (!runners_.by_language(request.submit.language))
      throw ProtocolError("unknown_language", fmt::format("no language \"{}\" (one of: {})", request.submit.language,
                                                          fmt::join(runners_.languages(), ", ")));
    {
      std::lock_guard lock(mutex_);
      if (stopping_) throw ProtocolError("shutting_down", "the daemon is shutting down; submit again later");
    }
    Submission submission;
    submission.problem = request.submit.problem;
    submission.language = request.submit.language;
    submission.source = request.submit.source;
    submission.hints = request.submit.hints;
    submission.all = request.submit.all;
    submission.key = request.submit.key;
    Added added = store_.add(submission);
    if (added.conflict)
      throw ProtocolError("key_conflict", fmt::format("the key \"{}\" names submission {}, which differs from this one "
                                                      "(problem, language, source or options)", request.submit.key, added.id));
    std::int64_t id = added.id;
    changed_.notify_all();
    json accepted = {{"id", id}};
    if (added.existing) accepted["existing"] = true;
    if (!write_line(client, accepted.dump())) return false;
    if (!request.submit.wait) return true;
    if (!wait_until_done(id))
      return write_line(client, error_line("shutting_down",
                                           fmt::format("the daemon is shutting down; submission {} stays queued "
                                                       "and is graded when it starts again", id)));
    return write_line(client, status(id).dump());
  }

  // False when the daemon stops before it started grading it; one that is
  // running is finished by the drain, so its client still gets the report.
  bool wait_until_done(std::int64_t id) {
    std::unique_lock lock(mutex_);
    for (;;) {
      lock.unlock();
      std::string state = store_.get(id)->status;
      lock.lock();
      if (state == "done") return true;
      if (stopping_ && state == "queued") return false;
      changed_.wait_for(lock, std::chrono::seconds(1));
    }
  }

  json status(std::int64_t id) {
    auto submission = store_.get(id);
    if (!submission) throw ProtocolError("not_found", fmt::format("no submission {}", id));
    return status_json(*submission);
  }

  json list() {
    json rows = json::array();
    for (const auto& s : store_.list()) {
      rows.push_back({{"id", s.id}, {"problem", s.problem}, {"language", s.language}, {"status", s.status},
                      {"verdict", s.verdict.empty() ? json(nullptr) : json(s.verdict)}, {"key", key_json(s)}});
    }
    return {{"submissions", rows}};
  }

  void work() {
    JobContext context{runners_, config_.problems_dir, [this](const Problem& problem) { prepare(problem); }};
    for (;;) {
      {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
      }
      std::optional<Submission> job = store_.claim_next();
      if (!job) {
        std::unique_lock lock(mutex_);
        if (!stopping_) changed_.wait_for(lock, std::chrono::seconds(1));
        continue;
      }
      Report report = grade_submission(*job, context);
      store_.finish(job->id, to_json(report).dump(), to_string(report.verdict));
      changed_.notify_all();
    }
  }

  // Calibration measures the reference: two workers doing it at once would
  // disturb each other's measurement and write the same file.
  void prepare(const Problem& problem) {
    if (!config_.prepare) return;
    std::lock_guard lock(prepare_mutex_);
    config_.prepare(problem, runners_);
  }

  const ServerConfig& config_;
  DatabaseLock lock_;  // before the store: a refused daemon touches nothing
  Store store_;
  RunnerSet runners_;
  std::mutex mutex_;
  std::condition_variable changed_;  // a submission was added or finished, a connection closed, or stopping
  bool stopping_ = false;
  std::set<int> connections_;
  std::mutex prepare_mutex_;
};

fs::path home_or_tmp() {
  const char* home = std::getenv("HOME");
  return home && *home ? fs::path(home) : fs::temp_directory_path();
}

}  // namespace

fs::path default_socket_path() {
  if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && *runtime)
    return fs::path(runtime) / "judge" / "judge.sock";
  if (::geteuid() == 0) return "/run/judge/judge.sock";
  return fs::temp_directory_path() / fmt::format("judge-{}", ::geteuid()) / "judge.sock";
}

fs::path default_database_path() {
  if (const char* state = std::getenv("XDG_STATE_HOME"); state && *state) return fs::path(state) / "judge" / "daemon.db";
  return home_or_tmp() / ".local" / "state" / "judge" / "daemon.db";
}

void serve(const ServerConfig& config) {
  std::error_code ec;
  fs::create_directories(config.database.parent_path(), ec);
  install_stop_handlers();
  Daemon daemon(config);
  daemon.run();
}

}  // namespace judge::daemon
