// The daemon's state in SQLite (WAL): every submission, its source, its
// status and its report. A result is written in the same statement that
// flips the status to done, so a crash leaves a submission either not done
// (regraded on restart) or done with exactly one report, never both.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace judge::daemon {

struct Submission {
  std::int64_t id = 0;
  std::string problem;
  std::string language;
  std::string source;
  bool hints = true;
  bool all = false;
  std::string status;  // queued, running, done
  std::string report;  // the report's JSON text; empty until done
  std::string verdict;  // empty until done
  std::string key;  // the client's idempotency key; empty when it gave none
  // How many times grading it started (claim_next counts them, in the
  // database, so a submission that kills the daemon is counted across
  // restarts: see kMaxAttempts in server.cpp).
  int attempts = 0;
};

// What add() did: a new row, or the row an earlier request with the same key
// made (`existing`), or nothing because that key names another submission
// (`conflict`: another problem, language, source or options).
struct Added {
  std::int64_t id = 0;
  bool existing = false;
  bool conflict = false;
};

// Every SQLite failure after the database was opened (a full disk, an I/O
// error, a lock held too long): the daemon retries these with back-off.
struct StoreError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Store {
 public:
  // Throws InputError naming the file when it cannot be opened, is not an
  // SQLite database, is damaged, or is another program's database.
  explicit Store(const std::filesystem::path& file);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // With a key, at most one row per key, however often it is sent: a client
  // that lost the connection before it read the id sends the request again.
  Added add(const Submission& submission);
  // Marks the oldest queued submission running, counts the attempt, and returns it.
  std::optional<Submission> claim_next();
  void finish(std::int64_t id, const std::string& report_json, const std::string& verdict);
  // After a crash: what was running is queued again. Returns how many.
  int requeue_running();
  std::optional<Submission> get(std::int64_t id);
  std::vector<Submission> list();  // without sources and reports

 private:
  void exec(const char* sql);
  void open(const std::filesystem::path& file);
  sqlite3* db_ = nullptr;
  std::mutex mutex_;  // one connection, shared by every thread
};

}  // namespace judge::daemon
