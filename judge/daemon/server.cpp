// Over 400 lines: one class, the daemon's life (the accept loop, each
// connection's requests, the workers, the drain), whose members share one
// mutex and one condition; reading it whole is how to check they are used
// right. The store, protocol, listener and grading job are files of their own.
#include "server.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>
#include <vector>

#include "database_lock.h"
#include "engine/base/errors.h"
#include "engine/base/settings.h"
#include "engine/base/utf8_text.h"
#include "engine/grading/calibrate.h"
#include "engine/grading/report_json.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"
#include "grading_job.h"
#include "health.h"
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

unsigned default_max_connections() {
  rlimit files{};
  if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur == RLIM_INFINITY) return 256;
  return static_cast<unsigned>(std::clamp<rlim_t>(files.rlim_cur / 4, 16, 256));
}

// A submission that took the daemon (or its worker) down kMaxAttempts
// times would take it down at every start: it ends here instead.
Report given_up_report(const Submission& s) {
  Report report;
  report.problem = s.problem;
  report.language = s.language;
  report.verdict = Verdict::IE;
  report.message = fmt::format(
      "grading this submission was cut short {} times (the daemon or its worker died each time), so it is not "
      "graded again: the judge's fault, not the candidate's (the daemon's log may say why)",
      s.attempts - 1);
  return report;
}

// Back-off for the store: 0.1 s doubling to 5 s.
std::chrono::milliseconds next_pause(std::chrono::milliseconds pause) {
  return std::min(pause * 2, std::chrono::milliseconds(5000));
}

class Daemon {
 public:
  explicit Daemon(const ServerConfig& config)
      : config_(config),
        lock_(config.database),
        store_(config.database),
        runners_(RunnerSet::load(judge_home() / "runners")),
        max_connections_(config.max_connections ? config.max_connections : default_max_connections()),
        budget_(config.max_buffered_bytes) {}

  void run() {
    int requeued = store_.requeue_running();
    if (requeued > 0) std::cerr << fmt::format("judge daemon: regrading {} interrupted submission(s)\n", requeued);
    int listener = listen_on(config_.socket);
    std::cerr << fmt::format("judge daemon: listening on {} with {} worker(s), at most {} connection(s)\n",
                             config_.socket.string(), config_.workers, max_connections_);
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
    pollfd fds[2] = {{stop_pipe[0], POLLIN, 0}, {listener, POLLIN, 0}};
    std::chrono::milliseconds pause(0);  // > 0: backing off, out of descriptors
    // Non-blocking: after a back-off the accept is tried without knowing
    // whether a connection waits.
    ::fcntl(listener, F_SETFL, ::fcntl(listener, F_GETFL) | O_NONBLOCK);
    for (;;) {
      // While backing off only the stop pipe is watched: the listener stays
      // readable, and watching it would spin.
      int ready = pause.count() ? ::poll(fds, 1, static_cast<int>(pause.count())) : ::poll(fds, 2, -1);
      if (ready < 0) continue;  // EINTR: the handler wrote to the pipe
      if (fds[0].revents) return;
      int client = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
      if (client < 0) {
        int error = errno;
        if (error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM) {
          health_.failing("descriptors", fmt::format("cannot accept a connection: {} ({} connection(s) open; raise "
                                                     "`ulimit -n` or lower --max-connections)",
                                                     std::strerror(error), connection_count()));
          pause = pause.count() ? std::min(pause * 2, std::chrono::milliseconds(2000)) : std::chrono::milliseconds(50);
        } else if (error == EAGAIN || error == EWOULDBLOCK) {
          pause = std::chrono::milliseconds(0);  // nothing waits: the next connection tells
        }
        continue;
      }
      pause = std::chrono::milliseconds(0);
      health_.recovered("descriptors");
      open_connection(client);
    }
  }

  std::size_t connection_count() {
    std::lock_guard lock(mutex_);
    return connections_.size();
  }

  // An error line to a connection the daemon does not serve, then closed.
  // The line is short, so it fits a fresh socket's buffer: no wait.
  void refuse(int client, const std::string& code, const std::string& why) {
    health_.refused(code);
    std::string line = error_line(code, why) + "\n";
    [[maybe_unused]] ssize_t sent = ::send(client, line.data(), line.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    ::close(client);
  }

  void open_connection(int client) {
    {
      std::lock_guard lock(mutex_);
      if (connections_.size() >= max_connections_) {
        refuse(client, "too_many_connections",
               fmt::format("the daemon serves {} connections at once, its limit: connect again later",
                           max_connections_));
        return;
      }
      connections_.insert(client);
    }
    try {
      std::thread([this, client] {
        // A connection's failure ends that connection, never the daemon.
        try {
          serve_connection(client);
        } catch (const std::exception& e) {
          std::cerr << fmt::format("judge daemon: a connection ended on an error: {}\n", e.what());
        } catch (...) {
          std::cerr << "judge daemon: a connection ended on an unknown error\n";
        }
        std::lock_guard lock(mutex_);
        connections_.erase(client);
        ::close(client);
        changed_.notify_all();
      }).detach();
    } catch (const std::system_error& e) {
      {
        std::lock_guard lock(mutex_);
        connections_.erase(client);
      }
      refuse(client, "busy", fmt::format("the daemon cannot start a thread for this connection ({}): connect again "
                                         "later",
                                         e.what()));
    }
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

  bool stopping() {
    std::lock_guard lock(mutex_);
    return stopping_;
  }

  void serve_connection(int client) {
    LineReader reader(client, kMaxLineBytes, &budget_, config_.idle_timeout);
    for (;;) {
      std::optional<std::string> line;
      try {
        line = reader.next();
      } catch (const ProtocolError& e) {
        health_.refused(e.code);
        if (e.code == "timeout") {
          write_line(client, error_line(e.code, e.what()));
          return;
        }
        // Read to the end of the refused line first: a client that sends
        // its whole request before reading would otherwise get EPIPE, not
        // the error.
        try {
          if (!reader.skip_line()) return;
        } catch (const ProtocolError& late) {
          write_line(client, error_line(late.code, late.what()));
          return;
        }
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
      if (request.op == "status") return write_line(client, json_text(status(request.id)));
      if (request.op == "health") return write_line(client, json_text(health()));
      return write_line(client, json_text(list()));
    } catch (const ProtocolError& e) {
      return write_line(client, error_line(e.code, e.what()));
    } catch (const std::exception& e) {
      return write_line(client, error_line("internal", e.what()));
    }
  }

  // Runs a write to the store until it works: a full disk or an I/O error
  // is waited out (and reported) rather than fatal. nullopt once
  // `give_up` says so, the failure still reported.
  template <typename Action>
  auto with_store(const char* what, Action&& action, const std::function<bool()>& give_up)
      -> std::optional<decltype(action())> {
    std::chrono::milliseconds pause(100);
    for (;;) {
      try {
        auto result = action();
        health_.recovered("store");
        return result;
      } catch (const StoreError& e) {
        health_.failing("store", fmt::format("{}: {}", what, e.what()));
      }
      if (give_up()) return std::nullopt;
      std::this_thread::sleep_for(pause);
      pause = next_pause(pause);
    }
  }

  bool submit(int client, const Request& request) {
    if (!package_folder(config_.problems_dir, request.submit.problem))
      throw ProtocolError("unknown_problem", fmt::format("no problem \"{}\" (judge problems lists them)", request.submit.problem));
    if (!runners_.by_language(request.submit.language))
      throw ProtocolError("unknown_language", fmt::format("no language \"{}\" (one of: {})", request.submit.language,
                                                          fmt::join(runners_.languages(), ", ")));
    if (stopping()) throw ProtocolError("shutting_down", "the daemon is shutting down; submit again later");
    Submission submission;
    submission.problem = request.submit.problem;
    submission.language = request.submit.language;
    submission.source = request.submit.source;
    submission.hints = request.submit.hints;
    submission.all = request.submit.all;
    submission.key = request.submit.key;
    // The client waits while the disk is full, up to a bound: then it hears why.
    auto until = std::chrono::steady_clock::now() + kStoreWaitForClient;
    std::optional<Added> stored = with_store("storing a submission", [&] { return store_.add(submission); },
                                             [&] { return stopping() || std::chrono::steady_clock::now() > until; });
    if (!stored)
      throw ProtocolError("store_unavailable",
                          fmt::format("the daemon cannot write its database ({}): submit again later",
                                      health_.to_json()["failing"].value("store", json::object()).value("error", "")));
    Added added = *stored;
    if (added.conflict)
      throw ProtocolError("key_conflict", fmt::format("the key \"{}\" names submission {}, which differs from this one "
                                                      "(problem, language, source or options)", request.submit.key, added.id));
    std::int64_t id = added.id;
    changed_.notify_all();
    json accepted = {{"id", id}};
    if (added.existing) accepted["existing"] = true;
    if (!write_line(client, json_text(accepted))) return false;
    if (!request.submit.wait) return true;
    if (!wait_until_done(id))
      return write_line(client, error_line("shutting_down",
                                           fmt::format("the daemon is shutting down; submission {} stays queued "
                                                       "and is graded when it starts again", id)));
    return write_line(client, json_text(status(id)));
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

  json health() {
    json out = health_.to_json();
    out["connections"] = connection_count();
    out["max_connections"] = max_connections_;
    out["buffered_bytes"] = budget_.held();
    out["max_buffered_bytes"] = budget_.cap();
    out["idle_timeout_s"] = config_.idle_timeout.count() / 1000.0;
    out["workers"] = config_.workers;
    return out;
  }

  void work() {
    JobContext context{runners_, config_.problems_dir, config_.settings, [this](const Problem& problem) { prepare(problem); }};
    std::chrono::milliseconds pause(100);
    while (!stopping()) {
      std::optional<Submission> job;
      try {
        job = store_.claim_next();
        health_.recovered("store");
        pause = std::chrono::milliseconds(100);
      } catch (const StoreError& e) {
        health_.failing("store", fmt::format("taking the next submission: {}", e.what()));
        std::this_thread::sleep_for(pause);
        pause = next_pause(pause);
        continue;
      }
      if (!job) {
        std::unique_lock lock(mutex_);
        if (!stopping_) changed_.wait_for(lock, std::chrono::seconds(1));
        continue;
      }
      try {
        finish(*job, result_of(*job, context));
      } catch (const std::exception& e) {
        // Out of memory making the report, say: the submission stays
        // running, counted, and a later start finishes it.
        std::cerr << fmt::format("judge daemon: submission {} could not be finished: {}\n", job->id, e.what());
      }
      changed_.notify_all();
    }
  }

  // A worker's failure ends that submission as IE, with the reason.
  Report result_of(const Submission& job, const JobContext& context) {
    if (job.attempts > kMaxAttempts) {
      std::cerr << fmt::format("judge daemon: submission {} was cut short {} times; finishing it as IE\n", job.id,
                               job.attempts - 1);
      return given_up_report(job);
    }
    try {
      return grade_submission(job, context);
    } catch (const std::exception& e) {
      return failure_report(job, fmt::format("internal error while grading: {}", e.what()));
    } catch (...) {
      return failure_report(job, "internal error while grading: an unknown exception");
    }
  }

  // The result, written until it lands. While draining it is tried for a
  // bound only: the submission then stays running, and the next start
  // grades it again.
  void finish(const Submission& job, const Report& report) {
    std::string text = json_text(to_json(report));
    std::string verdict = to_string(report.verdict);
    std::optional<std::chrono::steady_clock::time_point> drain_started;
    auto give_up = [&] {
      if (!stopping()) return false;
      auto now = std::chrono::steady_clock::now();
      if (!drain_started) drain_started = now;
      return now - *drain_started > std::chrono::seconds(10);
    };
    auto stored = with_store("writing a result", [&] { store_.finish(job.id, text, verdict); return true; }, give_up);
    if (!stored)
      std::cerr << fmt::format("judge daemon: could not store submission {}'s result before exiting; it stays "
                               "running and is graded again at the next start\n",
                               job.id);
  }

  // Calibration measures the reference: two workers doing it at once would
  // disturb each other's measurement and write the same file.
  void prepare(const Problem& problem) {
    std::lock_guard lock(prepare_mutex_);
    ensure_calibration(problem, runners_, config_.settings,
                       [](const std::string& line) { std::cerr << "judge: " << line << "\n"; });
  }

  // How long a submitting client waits for a store that cannot be written.
  static constexpr std::chrono::seconds kStoreWaitForClient{30};

  const ServerConfig& config_;
  DatabaseLock lock_;  // before the store: a refused daemon touches nothing
  Store store_;
  RunnerSet runners_;
  unsigned max_connections_;
  ByteBudget budget_;
  Health health_;
  std::mutex mutex_;
  std::condition_variable changed_;  // a submission was added or finished, a connection closed, or stopping
  bool stopping_ = false;
  std::set<int> connections_;
  std::mutex prepare_mutex_;
};

}  // namespace

void serve(const ServerConfig& config) {
  std::error_code ec;
  fs::create_directories(config.database.parent_path(), ec);
  install_stop_handlers();
  Daemon daemon(config);
  daemon.run();
}

}  // namespace judge::daemon
