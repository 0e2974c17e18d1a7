#include "store.h"

#include <fmt/format.h>

#include <algorithm>

#include "engine/base/errors.h"

namespace judge::daemon {

namespace {

// A prepared statement that finalizes itself, so an exception cannot leak it.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
      throw StoreError(fmt::format("sqlite: {}", sqlite3_errmsg(db)));
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
    throw StoreError(fmt::format("sqlite: {}", sqlite3_errmsg(db_)));
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

constexpr const char* kColumns =
    "id, problem, language, source, hints, all_tests, status, report, verdict, client_key, attempts";

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
  s.attempts = static_cast<int>(row.integer(10));
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
  // The file is the operator's to fix, not the judge's fault: exit 2.
  try {
    open(file);
  } catch (const StoreError& e) {
    sqlite3_close(db_);
    throw InputError(fmt::format("{}: not a usable judge daemon database ({}): move it away (the daemon then starts "
                                 "an empty one) or pick another --db",
                                 file.string(), e.what()));
  } catch (const InputError&) {
    sqlite3_close(db_);
    throw;
  }
}

void Store::open(const std::filesystem::path& file) {
  sqlite3_busy_timeout(db_, 10000);
  // Damage anywhere in the file shows here, at the start, rather than as
  // failures of single requests later.
  {
    Statement check(db_, "PRAGMA quick_check");
    std::string verdict = check.step() ? check.text(0) : "no answer";
    if (verdict != "ok") throw StoreError(fmt::format("damaged: {}", verdict));
  }
  // Another program's database: tables, but none of ours.
  bool ours = false, others = false;
  {
    Statement tables(db_, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (tables.step()) (tables.text(0) == "submissions" ? ours : others) = true;
  }
  if (others && !ours)
    throw InputError(fmt::format("{}: another program's SQLite database (it has no submissions table): pick another "
                                 "--db",
                                 file.string()));
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
  // A database made before keys (or attempts) existed gets the column;
  // NULL keys never clash. One with a submissions table of another shape
  // is not ours.
  std::vector<std::string> columns;
  {
    Statement info(db_, "PRAGMA table_info(submissions)");
    while (info.step()) columns.push_back(info.text(1));
  }
  auto has = [&](const char* name) { return std::find(columns.begin(), columns.end(), name) != columns.end(); };
  for (const char* needed : {"id", "problem", "language", "source", "hints", "all_tests", "status", "report", "verdict"})
    if (!has(needed))
      throw InputError(fmt::format("{}: its submissions table has no column `{}`: not a judge daemon database "
                                   "(pick another --db)",
                                   file.string(), needed));
  if (!has("client_key")) exec("ALTER TABLE submissions ADD COLUMN client_key TEXT");
  if (!has("attempts")) exec("ALTER TABLE submissions ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0");
  exec("CREATE UNIQUE INDEX IF NOT EXISTS submissions_client_key ON submissions (client_key)");
}

Store::~Store() { sqlite3_close(db_); }

void Store::exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string why = error ? error : "unknown";
    sqlite3_free(error);
    throw StoreError(fmt::format("sqlite: {}: {}", sql, why));
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
    Statement mark(db_, "UPDATE submissions SET status = 'running', attempts = attempts + 1 WHERE id = ?");
    mark.bind(1, s.id).step();
    exec("COMMIT");
    s.status = "running";
    s.attempts += 1;
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
  Statement all(db_,
                "SELECT id, problem, language, '', hints, all_tests, status, '', verdict, client_key, attempts "
                "FROM submissions ORDER BY id");
  std::vector<Submission> out;
  while (all.step()) out.push_back(read_row(all));
  return out;
}

}  // namespace judge::daemon
