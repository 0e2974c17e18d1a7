#include "store.h"

#include <fmt/format.h>

#include "engine/errors.h"

namespace judge::daemon {

namespace {

// A prepared statement that finalizes itself, so an exception cannot leak it.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
      throw InternalError(fmt::format("sqlite: {}", sqlite3_errmsg(db)));
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement& bind(int index, const std::string& text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind_null(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
  }
  Statement& bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
  }
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw InternalError(fmt::format("sqlite: {}", sqlite3_errmsg(db_)));
  }
  std::string text(int column) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, sqlite3_column_bytes(stmt_, column)) : std::string();
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

constexpr const char* kColumns = "id, problem, language, source, hints, all_tests, status, report, verdict, client_key";

Submission read_row(const Statement& row) {
  Submission s;
  s.id = row.integer(0);
  s.problem = row.text(1);
  s.language = row.text(2);
  s.source = row.text(3);
  s.hints = row.integer(4) != 0;
  s.all = row.integer(5) != 0;
  s.status = row.text(6);
  s.report = row.text(7);
  s.verdict = row.text(8);
  s.key = row.text(9);
  return s;
}

}  // namespace

Store::Store(const std::filesystem::path& file) {
  if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                      nullptr) != SQLITE_OK) {
    std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw InputError(fmt::format("{}: cannot open the database: {}", file.string(), why));
  }
  sqlite3_busy_timeout(db_, 10000);
  exec("PRAGMA journal_mode=WAL");
  // FULL: a result the daemon has answered with survives a power cut too.
  exec("PRAGMA synchronous=FULL");
  exec(
      "CREATE TABLE IF NOT EXISTS submissions ("
      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
      " problem TEXT NOT NULL, language TEXT NOT NULL, source TEXT NOT NULL,"
      " hints INTEGER NOT NULL, all_tests INTEGER NOT NULL,"
      " status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done')),"
      " report TEXT, verdict TEXT, client_key TEXT)");
  // A database made before keys existed gets the column; NULL keys never clash.
  bool has_key = false;
  {
    Statement columns(db_, "PRAGMA table_info(submissions)");
    while (columns.step()) has_key = has_key || columns.text(1) == "client_key";
  }
  if (!has_key) exec("ALTER TABLE submissions ADD COLUMN client_key TEXT");
  exec("CREATE UNIQUE INDEX IF NOT EXISTS submissions_client_key ON submissions (client_key)");
}

Store::~Store() { sqlite3_close(db_); }

void Store::exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string why = error ? error : "unknown";
    sqlite3_free(error);
    throw InternalError(fmt::format("sqlite: {}: {}", sql, why));
  }
}

Added Store::add(const Submission& s) {
  std::lock_guard lock(mutex_);
  // IMMEDIATE: the lookup and the insert are one step for every process on the file.
  exec("BEGIN IMMEDIATE");
  try {
    Added added;
    if (!s.key.empty()) {
      Statement earlier(db_, fmt::format("SELECT {} FROM submissions WHERE client_key = ?", kColumns).c_str());
      earlier.bind(1, s.key);
      if (earlier.step()) {
        Submission first = read_row(earlier);
        added.id = first.id;
        added.existing = true;
        added.conflict = first.problem != s.problem || first.language != s.language || first.source != s.source ||
                         first.hints != s.hints || first.all != s.all;
        exec("COMMIT");
        return added;
      }
    }
    Statement insert(db_,
                     "INSERT INTO submissions (problem, language, source, hints, all_tests, status, client_key)"
                     " VALUES (?, ?, ?, ?, ?, 'queued', ?)");
    insert.bind(1, s.problem).bind(2, s.language).bind(3, s.source);
    insert.bind(4, std::int64_t{s.hints}).bind(5, std::int64_t{s.all});
    if (s.key.empty())
      insert.bind_null(6);
    else
      insert.bind(6, s.key);
    insert.step();
    added.id = sqlite3_last_insert_rowid(db_);
    exec("COMMIT");
    return added;
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

std::optional<Submission> Store::claim_next() {
  std::lock_guard lock(mutex_);
  // IMMEDIATE: no other process on the same file can claim the same row.
  exec("BEGIN IMMEDIATE");
  try {
    Statement pick(db_, fmt::format("SELECT {} FROM submissions WHERE status = 'queued' ORDER BY id LIMIT 1",
                                    kColumns).c_str());
    if (!pick.step()) {
      exec("COMMIT");
      return std::nullopt;
    }
    Submission s = read_row(pick);
    Statement mark(db_, "UPDATE submissions SET status = 'running' WHERE id = ?");
    mark.bind(1, s.id).step();
    exec("COMMIT");
    s.status = "running";
    return s;
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    throw;
  }
}

void Store::finish(std::int64_t id, const std::string& report_json, const std::string& verdict) {
  std::lock_guard lock(mutex_);
  Statement done(db_, "UPDATE submissions SET status = 'done', report = ?, verdict = ? WHERE id = ?");
  done.bind(1, report_json).bind(2, verdict).bind(3, id).step();
}

int Store::requeue_running() {
  std::lock_guard lock(mutex_);
  Statement requeue(db_, "UPDATE submissions SET status = 'queued' WHERE status = 'running'");
  requeue.step();
  return sqlite3_changes(db_);
}

std::optional<Submission> Store::get(std::int64_t id) {
  std::lock_guard lock(mutex_);
  Statement pick(db_, fmt::format("SELECT {} FROM submissions WHERE id = ?", kColumns).c_str());
  pick.bind(1, id);
  if (!pick.step()) return std::nullopt;
  return read_row(pick);
}

std::vector<Submission> Store::list() {
  std::lock_guard lock(mutex_);
  Statement all(db_, "SELECT id, problem, language, '', hints, all_tests, status, '', verdict, client_key FROM submissions ORDER BY id");
  std::vector<Submission> out;
  while (all.step()) out.push_back(read_row(all));
  return out;
}

}  // namespace judge::daemon
