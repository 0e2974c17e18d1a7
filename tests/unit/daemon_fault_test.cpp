// The daemon under faults, end to end with a real `judge daemon` process:
// a full disk under its database, invalid bytes, a thousand slow
// connections, more unfinished bytes than it holds, a submission that
// keeps killing it, a database that is not its own; and reports written to
// a stdout that cannot take them. No timed assertion: waits poll.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include <cerrno>
#include <future>
#include <map>

#include "support/daemon_process.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace test_support;

namespace {

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

json ask(const DaemonProcess& daemon, const json& message) {
  std::string reply = test_support::send_raw(daemon.socket(), message.dump() + "\n");
  INFO(reply);
  return reply.empty() ? json() : json::parse(reply);
}

json submit_request(const fs::path& source) {
  return {{"op", "submit"}, {"problem", "minimum-passes"}, {"language", "cpp"},
          {"source", read_file(source)}, {"hints", false}};
}

std::string status_of(const DaemonProcess& daemon, std::int64_t id) {
  json status = ask(daemon, {{"op", "status"}, {"id", id}});
  return status.value("status", "");
}

std::string verdict_of(const DaemonProcess& daemon, std::int64_t id) {
  json status = ask(daemon, {{"op", "status"}, {"id", id}});
  return status["report"].is_object() ? status["report"].value("verdict", "") : "";
}

// A small tmpfs, unmounted (lazily, so a test that failed midway cannot
// leave it busy) when it goes.
class Tmpfs {
 public:
  explicit Tmpfs(const fs::path& where) : where_(where) {
    fs::create_directories(where);
    mounted_ = ::mount("tmpfs", where.c_str(), "tmpfs", 0, "size=4m,mode=0755") == 0;
    error_ = errno;
  }
  ~Tmpfs() {
    if (mounted_) ::umount2(where_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  std::string error() const { return std::strerror(error_); }

 private:
  fs::path where_;
  bool mounted_ = false;
  int error_ = 0;
};

// Writes until the filesystem is full.
void fill(const fs::path& file) {
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  REQUIRE(fd >= 0);
  std::string block(64 * 1024, 'x');
  while (::write(fd, block.data(), block.size()) > 0) {
  }
  // The last pages: smaller writes fill what a 64 KiB one could not.
  while (::write(fd, block.data(), 512) > 0) {
  }
  ::close(fd);
}

// The codes of the error lines these connections got (one line each).
std::map<std::string, int> codes_of(const std::vector<int>& fds) {
  std::map<std::string, int> codes;
  for (int fd : fds) {
    std::string line = test_support::read_line(fd);
    json reply = line.empty() ? json::object() : json::parse(line);
    ++codes[reply.contains("code") ? reply["code"].get<std::string>() : reply.contains("submissions") ? "ok" : "none"];
  }
  return codes;
}

void raise_descriptor_limit(rlim_t wanted) {
  rlimit files{};
  ::getrlimit(RLIMIT_NOFILE, &files);
  if (files.rlim_cur >= wanted) return;
  files.rlim_cur = std::min(wanted, files.rlim_max);
  ::setrlimit(RLIMIT_NOFILE, &files);
}

}  // namespace

TEST_CASE("the daemon outlives a full disk, invalid bytes and a thousand slow connections, and loses nothing",
          "[daemon][fault]") {
  TempDir dir;
  Tmpfs data(dir / "data");
  if (!data.mounted()) {
    WARN("skipped: cannot mount a tmpfs here (" << data.error() << "); the full-disk test needs root");
    return;
  }
  raise_descriptor_limit(4096);
  DaemonProcess daemon(dir / "judge.sock", dir / "data" / "judge.db", dir / "daemon.log", 1,
                       {"--max-connections", "64", "--idle-timeout", "10"});
  REQUIRE(daemon.started());
  INFO(daemon.log());

  // A full disk: a result written while it is full, and a submit sent then.
  json slow = ask(daemon, submit_request(kSlow));
  REQUIRE(slow.contains("id"));
  const std::int64_t slow_id = slow["id"];
  REQUIRE(eventually([&] { return status_of(daemon, slow_id) == "running"; }));
  fill(dir / "data" / "filler");
  auto sent_while_full = std::async(std::launch::async, [&] { return ask(daemon, submit_request(kAccepted)); });
  REQUIRE(eventually([&] { return ask(daemon, {{"op", "health"}})["failing"].contains("store"); }));
  json health = ask(daemon, {{"op", "health"}});
  CHECK(health["ok"] == false);
  CHECK_THAT(health["failing"]["store"]["error"].get<std::string>(), Catch::Contains("full"));
  fs::remove(dir / "data" / "filler");
  json accepted = sent_while_full.get();
  REQUIRE(accepted.contains("id"));
  const std::int64_t accepted_id = accepted["id"];
  REQUIRE(eventually([&] { return status_of(daemon, slow_id) == "done" && status_of(daemon, accepted_id) == "done"; }));
  CHECK(verdict_of(daemon, slow_id) == "TLE");
  CHECK(verdict_of(daemon, accepted_id) == "AC");
  CHECK(eventually([&] { return ask(daemon, {{"op", "health"}})["ok"] == true; }));
  CHECK_THAT(daemon.log(), Catch::Contains("store failing") && Catch::Contains("store works again"));

  // Bytes that are not UTF-8.
  for (const std::string& line : {std::string("{\"op\":\"list\",\"x\":\"\xFF\"}\n"), std::string("\xC3\n")})
    CHECK(json::parse(test_support::send_raw(daemon.socket(), line))["code"] == "bad_request");

  // A thousand slow connections, each holding a partial line: beyond the
  // limit each is refused with an error line; the ones served time out.
  std::vector<int> slow_fds;
  for (int i = 0; i < 1000; ++i) {
    int fd = test_support::connect_socket(daemon.socket());
    REQUIRE(fd >= 0);
    test_support::send_all(fd, "{\"op\":\"li");
    slow_fds.push_back(fd);
  }
  // A normal client is served again as soon as the slow ones time out.
  CHECK(eventually([&] { return ask(daemon, {{"op", "list"}}).contains("submissions"); }));
  std::map<std::string, int> codes = codes_of(slow_fds);
  for (int fd : slow_fds) ::close(fd);
  INFO(json(codes).dump());
  CHECK(codes["too_many_connections"] >= 1);
  CHECK(codes["timeout"] >= 1);
  CHECK(codes["too_many_connections"] + codes["timeout"] == 1000);

  // More unfinished bytes than the daemon holds (64 MiB): 48 lines of
  // 1.45 MiB, each under the line cap, completed only once all are sent.
  std::vector<int> big_fds;
  const std::string head = "{\"op\":\"list\",\"pad\":\"" + std::string(1520000, 'p');
  for (int i = 0; i < 48; ++i) {
    int fd = test_support::connect_socket(daemon.socket());
    REQUIRE(fd >= 0);
    test_support::send_all(fd, head);
    big_fds.push_back(fd);
  }
  for (int fd : big_fds) test_support::send_all(fd, "\"}\n");
  std::map<std::string, int> big_codes = codes_of(big_fds);
  for (int fd : big_fds) ::close(fd);
  INFO(json(big_codes).dump());
  CHECK(big_codes["busy"] >= 1);
  CHECK(big_codes["ok"] >= 1);
  CHECK(big_codes["busy"] + big_codes["ok"] == 48);

  // Still serving, and nothing lost.
  REQUIRE(daemon.alive());
  CHECK(eventually([&] { return ask(daemon, {{"op", "health"}})["buffered_bytes"] == 0; }));
  json rows = ask(daemon, {{"op", "list"}})["submissions"];
  REQUIRE(rows.size() == 2);
  CHECK(rows[0]["verdict"] == "TLE");
  CHECK(rows[1]["verdict"] == "AC");
  json refused = ask(daemon, {{"op", "health"}})["refused"];
  CHECK(refused["too_many_connections"] >= 1);
  CHECK(refused["busy"] >= 1);
}

TEST_CASE("out of descriptors the daemon backs off, says so, and serves again", "[daemon][fault]") {
  TempDir dir;
  raise_descriptor_limit(4096);
  DaemonProcess daemon(dir, 1, {"--max-connections", "500", "--idle-timeout", "60"});
  REQUIRE(daemon.started());
  // Far fewer descriptors than the connections it was told to take.
  rlimit low{64, 64};
  REQUIRE(::prlimit(daemon.pid(), RLIMIT_NOFILE, &low, nullptr) == 0);
  // Past the ~50 it can accept, the rest wait in the listen backlog (64).
  std::vector<int> fds;
  for (int i = 0; i < 80; ++i) {
    int fd = test_support::connect_socket(daemon.socket());
    REQUIRE(fd >= 0);
    fds.push_back(fd);
  }
  REQUIRE(eventually([&] { return daemon.log().find("descriptors failing") != std::string::npos; }));
  CHECK_THAT(daemon.log(), Catch::Contains("Too many open files") && Catch::Contains("ulimit -n"));
  CHECK(daemon.alive());
  for (int fd : fds) ::close(fd);
  CHECK(eventually([&] { return ask(daemon, {{"op", "list"}}).contains("submissions"); }));
  CHECK(eventually([&] { return ask(daemon, {{"op", "health"}})["ok"] == true; }));
  CHECK_THAT(daemon.log(), Catch::Contains("descriptors works again"));
}

TEST_CASE("a submission cut short three times is finished as IE, not graded for ever", "[daemon][fault]") {
  TempDir dir;
  std::int64_t id = 0;
  for (int attempt = 1; attempt <= 3; ++attempt) {
    DaemonProcess daemon(dir, 1);
    REQUIRE(daemon.started());
    if (attempt == 1) id = ask(daemon, submit_request(kSlow))["id"];
    REQUIRE(eventually([&] { return status_of(daemon, id) == "running"; }));
    CHECK(daemon.stop(SIGKILL) == -1);  // as a crash while grading it would
  }
  DaemonProcess daemon(dir, 1);
  REQUIRE(daemon.started());
  REQUIRE(eventually([&] { return status_of(daemon, id) == "done"; }));
  json report = ask(daemon, {{"op", "status"}, {"id", id}})["report"];
  CHECK(report["verdict"] == "IE");
  CHECK_THAT(report["message"].get<std::string>(), Catch::Contains("cut short 3 times"));
  CHECK_THAT(daemon.log(), Catch::Contains("finishing it as IE"));
}

TEST_CASE("a killed daemon's listener, still open in a child of it, does not keep the next one out", "[daemon][fault]") {
  TempDir dir;
  const fs::path socket = dir / "judge.sock";
  // What a daemon killed while forking leaves: its listener, made by a
  // process now gone, held open by the child it had just forked.
  int holder_pipe[2];
  REQUIRE(::pipe(holder_pipe) == 0);
  pid_t maker = ::fork();
  REQUIRE(maker >= 0);
  if (maker == 0) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strcpy(address.sun_path, socket.c_str());
    int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 8) != 0)
      ::_exit(1);
    pid_t holder = ::fork();
    if (holder == 0) {
      ::close(holder_pipe[1]);
      char c;
      while (::read(holder_pipe[0], &c, 1) < 0 && errno == EINTR) {
      }
      ::_exit(0);
    }
    ::_exit(holder > 0 ? 0 : 1);
  }
  ::close(holder_pipe[0]);
  int status = 0;
  REQUIRE(::waitpid(maker, &status, 0) == maker);
  REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  // Connecting still succeeds there: only the maker's death tells.
  int stale = test_support::connect_socket(socket);
  REQUIRE(stale >= 0);
  ::close(stale);

  DaemonProcess daemon(dir, 1);
  REQUIRE(daemon.started());
  CHECK(ask(daemon, {{"op", "health"}})["ok"] == true);
  ::close(holder_pipe[1]);  // the holder ends
}

TEST_CASE("a damaged or foreign daemon database is exit 2, naming it and the fix", "[daemon][fault]") {
  TempDir dir;
  const fs::path garbage = dir / "garbage.db";
  write_file(garbage, std::string(8192, '\x5a'));
  auto damaged = run_judge("daemon --socket " + q(dir / "a.sock") + " --db " + q(garbage));
  INFO(damaged.err);
  CHECK(damaged.status == 2);
  CHECK_THAT(damaged.err, Catch::Contains(garbage.string()) && Catch::Contains("pick another --db"));
  CHECK(std::count(damaged.err.begin(), damaged.err.end(), '\n') == 1);

  const fs::path foreign = dir / "foreign.db";
  std::string make = "python3 -c \"import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                     "c.execute('CREATE TABLE accounts (name TEXT)'); c.commit()\" " + q(foreign);
  REQUIRE(std::system(make.c_str()) == 0);
  auto other = run_judge("daemon --socket " + q(dir / "b.sock") + " --db " + q(foreign));
  INFO(other.err);
  CHECK(other.status == 2);
  CHECK_THAT(other.err, Catch::Contains(foreign.string()) && Catch::Contains("another program's"));
}

TEST_CASE("a report written to a full or closed stdout is exit 3 with a message, never 0", "[cli][fault]") {
  TempDir dir;
  auto run = [&](const std::string& arguments, const std::string& stdout_to) {
    std::string command = std::string(JUDGE_BINARY) + " " + arguments + " " + stdout_to + " 2>" +
                          q(dir / "err") + " </dev/null";
    int raw = std::system(command.c_str());
    return std::make_pair(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, read_file(dir / "err"));
  };
  for (const std::string& target : {std::string(">/dev/full"), std::string(">&-")}) {
    INFO(target);
    for (const std::string& command :
         {std::string("problems --json"), std::string("problems"),
          "submit minimum-passes " + q(kAccepted) + " --json --no-hints"}) {
      INFO(command);
      auto [status, err] = run(command, target);
      CHECK(status == 3);
      CHECK_THAT(err, Catch::Contains("could not write the report to stdout"));
    }
  }
}
