// The daemon end to end: a real `judge daemon` process on a socket and a
// database in a temporary folder, driven through the CLI and raw protocol
// lines. No assertion on timing: every wait polls, for up to a minute.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include "support/daemon_process.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace test_support;

namespace {

json request(const fs::path& socket, const json& message) { return json::parse(send_raw(socket, message.dump() + "\n")); }

// A `judge daemon` child on the socket and database of `dir`: the case
// stops here when it does not start.
class Daemon : public DaemonProcess {
 public:
  Daemon(const TempDir& dir, int workers) : DaemonProcess(dir, workers) { REQUIRE(started()); }
};

std::int64_t submit_no_wait(const Daemon& daemon, const fs::path& source) {
  auto result = run_judge("submit minimum-passes " + source.string() + " --no-hints --no-wait" + daemon.flag());
  REQUIRE(result.status == 0);
  return std::stoll(result.out);
}

json status_of(const Daemon& daemon, std::int64_t id) { return request(daemon.socket(), {{"op", "status"}, {"id", id}}); }

json list_of(const Daemon& daemon) { return request(daemon.socket(), {{"op", "list"}}).at("submissions"); }

bool all_done(const Daemon& daemon) {
  for (const auto& row : list_of(daemon))
    if (row["status"] != "done") return false;
  return true;
}

bool any_running(const Daemon& daemon) {
  for (const auto& row : list_of(daemon))
    if (row["status"] == "running") return true;
  return false;
}

// The fields that do not depend on timing or on the compile cache.
json stable_part(const json& report) {
  json tests = json::array();
  for (const auto& test : report["tests"]) tests.push_back({test["group"], test["name"], test["verdict"]});
  json keys = json::array();
  for (const auto& [key, value] : report.items()) keys.push_back(key);
  return {{"keys", keys},       {"problem", report["problem"]}, {"language", report["language"]},
          {"tests", tests},     {"verdict", report["verdict"]}, {"message", report["message"]},
          {"limits", report["limits"]}, {"tests_total", report["tests_total"]}};
}

// The built judge in the background (stdout and stderr to files), for a
// command that must run while the test kills and restarts the daemon.
class Background {
 public:
  Background(const TempDir& dir, const std::vector<std::string>& arguments)
      : out_(dir / "background.out"), err_(dir / "background.err") {
    pid_ = ::fork();
    if (pid_ == 0) {
      int out = ::open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = ::open(err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(out, 1);
      ::dup2(err, 2);
      std::vector<char*> argv{const_cast<char*>(JUDGE_BINARY)};
      for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
      argv.push_back(nullptr);
      ::execv(JUDGE_BINARY, argv.data());
      ::_exit(127);
    }
  }
  ~Background() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  // Its exit status (-1: a signal), or nullopt when it has not ended within `limit`.
  std::optional<int> wait(std::chrono::seconds limit) {
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
      int raw = 0;
      if (::waitpid(pid_, &raw, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return std::nullopt;
  }
  std::string err() const { return read_file(err_); }

 private:
  fs::path out_;
  fs::path err_;
  pid_t pid_ = -1;
};

void check_still_serving(const Daemon& daemon) {
  json reply = request(daemon.socket(), {{"op", "list"}});
  CHECK(reply.contains("submissions"));
}

}  // namespace

TEST_CASE("submit through the daemon prints what grading in-process prints", "[daemon]") {
  TempDir dir;
  Daemon daemon(dir, 2);
  for (const fs::path& source : {kAccepted, kWrong}) {
    auto local = run_judge("submit minimum-passes " + source.string() + " --json --no-hints");
    auto remote = run_judge("submit minimum-passes " + source.string() + " --json --no-hints" + daemon.flag());
    INFO(remote.err);
    CHECK(remote.status == local.status);
    CHECK(stable_part(json::parse(remote.out)) == stable_part(json::parse(local.out)));
  }
  auto text = run_judge("submit minimum-passes " + kWrong.string() + " --no-hints" + daemon.flag());
  CHECK(text.status == 1);
  CHECK(text.out.find("verdict: WA") != std::string::npos);
}

TEST_CASE("submit --no-wait prints an id that status and list show done later", "[daemon]") {
  TempDir dir;
  Daemon daemon(dir, 1);
  std::int64_t id = submit_no_wait(daemon, kAccepted);
  REQUIRE(eventually([&] { return status_of(daemon, id)["status"] == "done"; }));

  auto status = run_judge("status " + std::to_string(id) + " --json" + daemon.flag());
  REQUIRE(status.status == 0);
  json shown = json::parse(status.out);
  CHECK(shown["id"] == id);
  CHECK(shown["problem"] == "minimum-passes");
  CHECK(shown["language"] == "cpp");
  CHECK(shown["report"]["verdict"] == "AC");

  auto list = run_judge("list --json" + daemon.flag());
  REQUIRE(list.status == 0);
  json rows = json::parse(list.out);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0]["verdict"] == "AC");

  CHECK(run_judge("status 999" + daemon.flag()).status == 2);
}

TEST_CASE("bad requests get an error line and the daemon keeps serving", "[daemon]") {
  TempDir dir;
  Daemon daemon(dir, 1);

  json malformed = json::parse(send_raw(daemon.socket(), "{\"op\": \"submit\", oops\n"));
  CHECK(malformed["code"] == "bad_request");
  check_still_serving(daemon);

  json no_op = json::parse(send_raw(daemon.socket(), "[1, 2]\n"));
  CHECK(no_op["code"] == "bad_request");

  json unknown = request(daemon.socket(), {{"op", "submit"}, {"problem", "no-such-problem"}, {"language", "cpp"},
                                           {"source", "int main() {}"}});
  CHECK(unknown["code"] == "unknown_problem");
  check_still_serving(daemon);

  json large = request(daemon.socket(), {{"op", "submit"}, {"problem", "minimum-passes"}, {"language", "cpp"},
                                         {"source", std::string(300 * 1024, 'x')}});
  CHECK(large["code"] == "too_large");
  CHECK(large["error"].get<std::string>().find("256 KiB") != std::string::npos);
  check_still_serving(daemon);

  json long_line = json::parse(send_raw(daemon.socket(), std::string(2 << 20, ' ') + "\n"));
  CHECK(long_line["code"] == "too_large");
  check_still_serving(daemon);

  // A client that sends half a request and hangs up.
  int fd = connect_socket(daemon.socket());
  send_all(fd, "{\"op\": \"submit\", \"problem\": \"minimum-");
  ::close(fd);
  check_still_serving(daemon);

  // A client that hangs up while waiting for its report: still graded.
  fd = connect_socket(daemon.socket());
  std::string source = read_file(kAccepted);
  send_all(fd, json{{"op", "submit"}, {"problem", "minimum-passes"}, {"language", "cpp"}, {"source", source},
                    {"wait", true}, {"hints", false}}.dump() + "\n");
  ::close(fd);
  REQUIRE(eventually([&] { return list_of(daemon).size() == 1 && all_done(daemon); }));

  auto through_cli = run_judge("submit no-such-problem " + kAccepted.string() + daemon.flag());
  CHECK(through_cli.status == 2);
  CHECK(through_cli.err.find("no-such-problem") != std::string::npos);
}

TEST_CASE("a daemon killed mid-grading regrades what it had not finished, once", "[daemon]") {
  TempDir dir;
  std::vector<std::int64_t> ids;
  {
    Daemon daemon(dir, 1);
    ids.push_back(submit_no_wait(daemon, kSlow));
    for (const auto& source : {kAccepted, kWrong, kAccepted}) ids.push_back(submit_no_wait(daemon, source));
    REQUIRE(eventually([&] { return any_running(daemon); }));
    CHECK(daemon.stop(SIGKILL) == -1);
  }
  Daemon restarted(dir, 2);
  REQUIRE(eventually([&] { return all_done(restarted); }));
  json rows = list_of(restarted);
  REQUIRE(rows.size() == ids.size());
  std::set<std::int64_t> seen;
  for (const auto& row : rows) seen.insert(row["id"].get<std::int64_t>());
  CHECK(seen == std::set<std::int64_t>(ids.begin(), ids.end()));
  CHECK(status_of(restarted, ids[0])["report"]["verdict"] == "TLE");
  CHECK(status_of(restarted, ids[1])["report"]["verdict"] == "AC");
  CHECK(status_of(restarted, ids[2])["report"]["verdict"] == "WA");
  CHECK(status_of(restarted, ids[3])["report"]["verdict"] == "AC");
}

TEST_CASE("SIGTERM drains: the running submission finishes and the daemon exits 0", "[daemon]") {
  TempDir dir;
  std::int64_t id = 0;
  {
    Daemon daemon(dir, 1);
    id = submit_no_wait(daemon, kSlow);
    REQUIRE(eventually([&] { return status_of(daemon, id)["status"] == "running"; }));
    CHECK(daemon.stop(SIGTERM) == 0);
  }
  Daemon restarted(dir, 1);
  json status = status_of(restarted, id);
  CHECK(status["status"] == "done");
  CHECK(status["report"]["verdict"] == "TLE");
}

TEST_CASE("a submit with a key is queued once, however often it is sent", "[daemon]") {
  TempDir dir;
  Daemon daemon(dir, 1);
  json submit = {{"op", "submit"}, {"problem", "minimum-passes"}, {"language", "cpp"},
                 {"source", read_file(kAccepted)}, {"hints", false}, {"key", "batch-1-0"}};
  json first = request(daemon.socket(), submit);
  json again = request(daemon.socket(), submit);
  REQUIRE(first.contains("id"));
  CHECK(again["id"] == first["id"]);
  CHECK_FALSE(first.contains("existing"));
  CHECK(again["existing"] == true);

  json other = submit;
  other["source"] = read_file(kWrong);
  CHECK(request(daemon.socket(), other)["code"] == "key_conflict");
  other["key"] = "";
  CHECK(request(daemon.socket(), other)["code"] == "bad_request");
  other.erase("key");
  json unkeyed = request(daemon.socket(), other);
  CHECK(unkeyed["id"] != first["id"]);

  json rows = list_of(daemon);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["key"] == "batch-1-0");
  CHECK(rows[1]["key"].is_null());
  CHECK(status_of(daemon, first["id"].get<std::int64_t>())["key"] == "batch-1-0");
}

TEST_CASE("batch --socket outlives a SIGKILLed daemon: one result per submission, the expected verdicts",
          "[daemon]") {
  TempDir dir;
  const fs::path problems = source_dir() / "problems";
  const std::vector<std::pair<std::string, std::string>> files = {
      {"minimum-passes/submissions/accepted/reference.cpp", "AC"},
      {"top-k-window/submissions/compile_error/wrong_types.cpp", "CE"},
      {"minimum-passes/submissions/wrong_answer/missing_plus_one.cpp", "WA"},
      {"top-k-window/submissions/accepted/reference.cpp", "AC"},
  };
  // 4 candidates x 2 problems, each file made distinct by a comment.
  std::map<std::string, std::string> expected;  // candidate/problem -> verdict
  for (int c = 0; c < 4; ++c) {
    for (int p = 0; p < 2; ++p) {
      const auto& [file, verdict] = files[(2 * c + p) % files.size()];
      std::string problem = fs::path(file).begin()->string();
      std::string candidate = "candidate-" + std::to_string(c);
      write_file(dir / "cohort" / candidate / (problem + ".cpp"),
                 read_file(problems / file) + "\n// " + candidate + "\n");
      expected[candidate + "/" + problem] = verdict;
    }
  }
  write_file(dir / "set.yaml", "title: fault\nproblems:\n  - id: minimum-passes\n  - id: top-k-window\n");

  std::optional<Daemon> daemon;
  daemon.emplace(dir, 1);
  Background batch(dir, {"batch", (dir / "set.yaml").string(), (dir / "cohort").string(), "--out",
                         (dir / "out").string(), "--no-hints", "--socket", daemon->socket().string(),
                         "--reconnect-timeout", "600"});
  auto some_done = [&] {
    for (const auto& row : list_of(*daemon))
      if (row["status"] == "done") return true;
    return false;
  };
  REQUIRE(eventually(some_done));
  CHECK(daemon->stop(SIGKILL) == -1);
  daemon.reset();
  Daemon restarted(dir, 2);

  std::optional<int> status = batch.wait(std::chrono::seconds(900));
  INFO(batch.err());
  REQUIRE(status.has_value());
  REQUIRE(*status == 0);
  CHECK(batch.err().find("lost the daemon") != std::string::npos);

  json results = json::parse(read_file(dir / "out" / "results.json"));
  CHECK(results["daemon_socket"] == restarted.socket().string());
  std::map<std::int64_t, std::string> verdict_by_id;
  for (const auto& [key, verdict] : expected) {
    std::string candidate = key.substr(0, key.find('/'));
    std::string problem = key.substr(key.find('/') + 1);
    const json& result = results["results"][candidate][problem];
    INFO(key);
    CHECK(result["report"]["verdict"] == verdict);
    REQUIRE(result["submission_id"].is_number_integer());
    verdict_by_id[result["submission_id"].get<std::int64_t>()] = verdict;
  }
  CHECK(verdict_by_id.size() == expected.size());  // distinct ids

  // The daemon holds exactly one row per submission, each done once with its verdict.
  json rows = list_of(restarted);
  CHECK(rows.size() == expected.size());
  std::set<std::string> keys;
  for (const auto& row : rows) {
    std::int64_t id = row["id"].get<std::int64_t>();
    INFO(id);
    CHECK(row["status"] == "done");
    REQUIRE(verdict_by_id.count(id) == 1);
    CHECK(row["verdict"] == verdict_by_id[id]);
    REQUIRE(row["key"].is_string());
    keys.insert(row["key"].get<std::string>());
  }
  CHECK(keys.size() == rows.size());
}

TEST_CASE("a second daemon on the same database is refused and the first keeps its work", "[daemon]") {
  TempDir dir;
  Daemon first(dir, 1);
  const std::int64_t id = submit_no_wait(first, kSlow);
  REQUIRE(eventually([&] { return status_of(first, id)["status"] == "running"; }));
  const std::string db = (dir / "judge.db").string();
  // In the background: a second daemon that was not refused would serve on.
  Background second(dir, {"daemon", "--socket", (dir / "second.sock").string(), "--db", db});
  CHECK(second.wait(std::chrono::seconds(60)) == std::optional<int>(2));
  CHECK_THAT(second.err(), Catch::Contains(db) && Catch::Contains("another judge daemon") &&
                               Catch::Contains("pick another --db"));
  // Refused before it opened the store: the first one's running submission
  // was not put back in the queue to be graded twice.
  CHECK(status_of(first, id)["status"] == "running");
  CHECK_FALSE(fs::exists(dir / "second.sock"));
  REQUIRE(eventually([&] { return status_of(first, id)["status"] == "done"; }));
  CHECK(status_of(first, id)["report"]["verdict"] == "TLE");
}
