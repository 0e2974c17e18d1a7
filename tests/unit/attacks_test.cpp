// The hostile-program suite: every file in tests/attacks/ is graded against
// minimum-passes in the real sandbox, once. Each file's header says what it
// attacks and which verdicts it may get:
//
//   // attack: fork bomb             (Python: "# attack: ...")
//   // verdicts: SV TLE MLE RE       the overall verdict must be one of these
//   // expect-compile: CE            a compiler attack: CE, within the compile
//                                    limits, log free of /etc/shadow
//   // no-test-verdict: AC           no single test may get this verdict
//   // message-contains: TEXT        the report's messages must contain TEXT
//                                    (proves a stderr channel really worked)
//   // hints: on                     the complexity hint runs too (after AC or
//                                    TLE), so the attack meets the counted
//                                    ladder, which may fork
//   // tle-after-memory: 25          a memory bomb on a machine too slow to
//                                    reach the limit within its CPU time: TLE
//                                    is accepted too, but only when the failing
//                                    test had touched at least this percent of
//                                    the memory limit (the bomb was going off)
//
// Around every run the test checks what a verdict cannot show: no file
// appeared outside the box (a world-writable canary dir and the paths the
// attacks aim at), no connection reached the TCP and abstract-unix listeners
// the test opens, no process of the submission is left, sentinel processes
// outside the box (one as root, one as the sandbox's uid) are still alive,
// and the secret put in the judge's environment shows up nowhere. At the end
// the reference solution must still be accepted.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/base/settings.h"
#include "engine/grading/grader.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"
#include "support/grading.h"
#include "support/temp_dir.h"

using namespace judge;
using test_support::describe;
namespace fs = std::filesystem;

namespace {

constexpr const char* kCanaryDir = "/tmp/judge-attack-canary";
constexpr int kFirstPort = 47311, kLastPort = 47314;      // connect_tcp.* try these
constexpr const char* kAbstractName = "judge-attack-canary";  // "@judge-attack-canary"
// The sandbox's uids when the judge is root: a pooled box's own
// (60000 + its index), or nobody for a run outside the pool.
constexpr uid_t kFirstBoxUid = 60000, kLastBoxUid = 60999, kNobody = 65534;
bool sandbox_uid(uid_t uid) { return uid == kNobody || (uid >= kFirstBoxUid && uid <= kLastBoxUid); }

// Paths the attacks try to create outside their box.
const std::vector<std::string> kWatchedPaths = {
    "/tmp/judge-attack-pwned",       "/tmp/judge-attack-pwned-fill",  "/var/tmp/judge-attack-pwned",
    "/dev/shm/judge-attack-pwned",   "/root/judge-attack-pwned",      "/work/judge-attack-pwned",
    "/work/main/judge-attack-pwned", "/root/.cache/judge/judge-attack-pwned"};

struct Attack {
  fs::path file;
  std::string name;
  std::string what;
  std::set<std::string> verdicts;
  std::set<std::string> forbidden_test_verdicts;
  std::string message_contains;
  bool compile_attack = false;
  bool hints = false;
  int tle_after_memory_percent = 0;  // 0: TLE is not accepted on these grounds
};

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

Attack parse_attack(const fs::path& file) {
  Attack a;
  a.file = file;
  a.name = file.filename().string();
  std::ifstream in(file);
  std::string line;
  for (int i = 0; i < 40 && std::getline(in, line); ++i) {
    std::string body;
    if (line.rfind("// ", 0) == 0) body = line.substr(3);
    else if (line.rfind("# ", 0) == 0) body = line.substr(2);
    else continue;
    auto value = [&](const std::string& key) -> std::optional<std::string> {
      if (body.rfind(key, 0) != 0) return std::nullopt;
      return body.substr(key.size());
    };
    if (auto v = value("attack:")) a.what = *v;
    if (auto v = value("verdicts:"))
      for (auto& w : words(*v)) a.verdicts.insert(w);
    if (auto v = value("no-test-verdict:"))
      for (auto& w : words(*v)) a.forbidden_test_verdicts.insert(w);
    if (auto v = value("message-contains:")) a.message_contains = words(*v).empty() ? "" : words(*v)[0];
    if (auto v = value("expect-compile:")) a.compile_attack = true;
    if (auto v = value("hints:")) a.hints = words(*v) == std::vector<std::string>{"on"};
    if (auto v = value("tle-after-memory:")) a.tle_after_memory_percent = std::stoi(*v);
  }
  return a;
}

std::string join(const std::set<std::string>& s) {
  std::string out;
  for (const auto& w : s) out += (out.empty() ? "" : " ") + w;
  return out;
}

// A process outside the box that the attacks must not harm.
struct Sentinel {
  pid_t pid = -1;
  uid_t uid = 0;
};

Sentinel spawn_sentinel(uid_t uid) {
  Sentinel s;
  s.uid = uid;
  s.pid = fork();
  if (s.pid == 0) {
    if (uid != getuid()) {
      gid_t gid = uid;
      if (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(uid) != 0) _exit(1);
    }
    prctl(PR_SET_PDEATHSIG, SIGKILL);  // after setuid, which clears it
    execl("/bin/sleep", "sleep", "3600", static_cast<char*>(nullptr));
    _exit(1);
  }
  return s;
}

// Alive and running (not stopped, not a zombie). Reaps it if it died.
bool sentinel_alive(const Sentinel& s) {
  int status = 0;
  pid_t r = waitpid(s.pid, &status, WNOHANG | WUNTRACED);
  return r == 0;
}

void stop_sentinel(Sentinel& s) {
  if (s.pid <= 0) return;
  kill(s.pid, SIGKILL);
  kill(s.pid, SIGCONT);
  int status;
  waitpid(s.pid, &status, 0);
  s.pid = -1;
}

int listen_tcp(int port) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(fd, 16) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

int listen_abstract(const std::string& name) {
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  std::copy(name.begin(), name.end(), addr.sun_path + 1);
  auto size = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), size) != 0 || listen(fd, 16) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Accepts (and closes) whatever reached the listener; returns how many.
int drain(int listener) {
  int n = 0;
  for (int c; listener >= 0 && (c = accept(listener, nullptr, nullptr)) >= 0; ++n) close(c);
  return n;
}

std::string read_text(const fs::path& p) { return test_support::read_file(p); }

// A /proc file of a process that may exit between the listing and the
// read: libstdc++'s filebuf throws on the read's ESRCH ("No such process"),
// which is the process being gone, not a failure of the test.
std::string read_proc_text(const fs::path& p) {
  try {
    return read_text(p);
  } catch (const std::ios_base::failure&) {
    return {};
  }
}

pid_t parent_of(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("PPid:", 0) == 0) return std::atoi(line.c_str() + 5);
  return 0;
}

uid_t uid_of(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("Uid:", 0) == 0) return static_cast<uid_t>(std::atol(line.c_str() + 4));
  return static_cast<uid_t>(-1);
}

bool descends_from(pid_t pid, pid_t ancestor) {
  for (int hops = 0; pid > 1 && hops < 64; ++hops) {
    pid = parent_of(pid);
    if (pid == ancestor) return true;
  }
  return false;
}

struct Leftover {
  pid_t pid;
  uid_t uid;
  std::string cmdline;
  bool ours;  // a descendant of this test process (the sandbox makes it a subreaper)
};

// Processes that look like a submission's: running as the sandbox's uid, or
// with "solution" in their command line.
// A box keeper's child armed for the next run (box_keeper.h): a fork of
// this very binary, which no program can pass for, as it cannot exec.
bool armed_child_of_ours(const fs::path& proc_entry) {
  std::string comm = read_proc_text(proc_entry / "comm");
  if (!comm.empty() && comm.back() == '\n') comm.pop_back();
  std::error_code ec;
  return comm == "box-armed" && fs::read_symlink(proc_entry / "exe", ec) == fs::read_symlink("/proc/self/exe");
}

std::vector<Leftover> submission_processes(const std::vector<Sentinel>& sentinels) {
  std::vector<Leftover> found;
  pid_t self = getpid();
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::string name = entry.path().filename().string();
    if (name.empty() || !std::all_of(name.begin(), name.end(), ::isdigit)) continue;
    pid_t pid = std::atoi(name.c_str());
    if (pid == self) continue;
    if (std::any_of(sentinels.begin(), sentinels.end(), [&](const Sentinel& s) { return s.pid == pid; })) continue;
    std::string cmdline = read_proc_text(entry.path() / "cmdline");
    std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
    uid_t uid = uid_of(pid);
    if (armed_child_of_ours(entry.path())) continue;
    bool sandboxed_uid = getuid() == 0 && sandbox_uid(uid);
    if (!sandboxed_uid && cmdline.find("solution") == std::string::npos) continue;
    if (uid == static_cast<uid_t>(-1)) continue;  // gone meanwhile
    found.push_back({pid, uid, cmdline, descends_from(pid, self)});
  }
  return found;
}

std::vector<std::string> canary_contents() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(kCanaryDir, ec)) names.push_back(e.path().filename().string());
  return names;
}

void reset_canary() {
  std::error_code ec;
  fs::remove_all(kCanaryDir, ec);
  fs::create_directory(kCanaryDir, ec);
  ::chmod(kCanaryDir, 0777);
  for (const auto& p : kWatchedPaths) fs::remove(p, ec);
}

std::string random_secret() {
  std::random_device rd;
  std::string s = "s3cr3t-";
  for (int i = 0; i < 24; ++i) s += "abcdefghijklmnopqrstuvwxyz0123456789"[rd() % 36];
  return s;
}

std::vector<std::string> shadow_lines() {
  std::vector<std::string> lines;
  std::ifstream in("/etc/shadow");
  for (std::string line; std::getline(in, line);)
    if (line.size() >= 8) lines.push_back(line);
  return lines;
}

std::string all_messages(const Report& r) {
  std::string text = r.message + "\n" + r.compile.log;
  for (const auto& t : r.tests) text += "\n" + t.message;
  return text;
}


}  // namespace

TEST_CASE("hostile programs are contained", "[attacks][slow]") {
  const fs::path source_dir = test_support::source_dir();
  RunnerSet runners = RunnerSet::load(source_dir / "runners");
  Problem problem = load_problem(source_dir / "problems" / "minimum-passes");
  const Settings settings = Settings::from_environment();

  std::vector<Attack> attacks;
  for (const auto& entry : fs::directory_iterator(source_dir / "tests" / "attacks"))
    if (runners.by_extension(entry.path().extension().string())) attacks.push_back(parse_attack(entry.path()));
  std::sort(attacks.begin(), attacks.end(), [](const Attack& a, const Attack& b) { return a.name < b.name; });
  REQUIRE(attacks.size() >= 40);

  // One suite at a time on a machine: the canary dir, the watched paths and
  // the listening ports are fixed names (the attacks cannot be told others).
  int lock = open("/tmp/judge-attack-suite.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  REQUIRE(lock >= 0);
  REQUIRE(flock(lock, LOCK_EX) == 0);

  const std::string secret = random_secret();
  setenv("JUDGE_ATTACK_SECRET", secret.c_str(), 1);
  const std::vector<std::string> shadow = shadow_lines();
  reset_canary();

  std::vector<int> tcp;
  for (int port = kFirstPort; port <= kLastPort; ++port)
    if (int fd = listen_tcp(port); fd >= 0) tcp.push_back(fd);
  CHECK_FALSE(tcp.empty());  // some port of the range must be ours to listen on
  int unix_listener = listen_abstract(kAbstractName);
  CHECK(unix_listener >= 0);

  std::vector<Sentinel> sentinels = {spawn_sentinel(getuid())};
  // Bystanders under the uids the runs get: none of them may reach these.
  if (getuid() == 0)
    for (uid_t uid : {kNobody, kFirstBoxUid, kFirstBoxUid + 1}) sentinels.push_back(spawn_sentinel(uid));
  usleep(50 * 1000);
  for (const auto& s : sentinels) REQUIRE(sentinel_alive(s));

  // The checks themselves work: each one sees what it is there to see.
  {
    test_support::write_file(fs::path(kCanaryDir) / "self-check", "x");
    CHECK(canary_contents().size() == 1);
    test_support::write_file(kWatchedPaths.front(), "x");
    CHECK(fs::exists(kWatchedPaths.front()));
    reset_canary();
    CHECK(canary_contents().empty());
    CHECK_FALSE(fs::exists(kWatchedPaths.front()));

    int c = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int reached = 0;
    for (int port = kFirstPort; port <= kLastPort && reached == 0; ++port) {
      addr.sin_port = htons(static_cast<std::uint16_t>(port));
      if (connect(c, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
        usleep(20 * 1000);
        for (int fd : tcp) reached += drain(fd);
      }
    }
    close(c);
    CHECK(reached == 1);

    int u = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un ua{};
    ua.sun_family = AF_UNIX;
    std::string name = kAbstractName;
    std::copy(name.begin(), name.end(), ua.sun_path + 1);
    CHECK(connect(u, reinterpret_cast<sockaddr*>(&ua),
                  static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size())) == 0);
    usleep(20 * 1000);
    CHECK(drain(unix_listener) == 1);
    close(u);

    pid_t fake = fork();
    if (fake == 0) {
      execl("/bin/sleep", "solution", "30", static_cast<char*>(nullptr));
      _exit(1);
    }
    usleep(50 * 1000);
    auto found = submission_processes(sentinels);
    CHECK(std::any_of(found.begin(), found.end(), [&](const Leftover& p) { return p.pid == fake && p.ours; }));
    kill(fake, SIGKILL);
    int status;
    waitpid(fake, &status, 0);
  }

  auto started = std::chrono::steady_clock::now();
  for (const Attack& attack : attacks) {
    auto t0 = std::chrono::steady_clock::now();
    INFO("attack " << attack.name << ": " << attack.what);
    REQUIRE_FALSE(attack.verdicts.empty());  // every file says which verdicts it may get

    GradeOptions options;
    options.hints = attack.hints;
    Report report = grade(problem, runners, runners.for_source(attack.file, ""), attack.file, settings, options);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cerr << "[attacks] " << attack.name << ": " << to_string(report.verdict) << " in " << seconds << " s\n";
    INFO("got " << describe(report));

    // The verdict.
    INFO("allowed: " << join(attack.verdicts));
    if (report.verdict == Verdict::TLE && attack.tle_after_memory_percent > 0) {
      // The test that timed out must show the bomb going off.
      const auto timed_out = std::find_if(report.tests.begin(), report.tests.end(),
                                          [](const TestReport& t) { return t.verdict == Verdict::TLE; });
      REQUIRE(timed_out != report.tests.end());
      INFO("TLE on a slow machine, with " << timed_out->memory_kb << " KiB touched");
      CHECK(timed_out->memory_kb * 100 >= (report.limits.memory_bytes >> 10) *
                                              static_cast<std::uint64_t>(attack.tle_after_memory_percent));
    } else {
      CHECK(attack.verdicts.count(to_string(report.verdict)) == 1);
    }
    for (const auto& t : report.tests) {
      INFO("test " << t.name);
      CHECK(attack.forbidden_test_verdicts.count(to_string(t.verdict)) == 0);
    }
    if (!attack.message_contains.empty()) CHECK_THAT(all_messages(report), Catch::Contains(attack.message_contains));

    // Compiler attacks: stopped within the compile limits, nothing leaked.
    if (attack.compile_attack) {
      const Runner& runner = runners.for_source(attack.file, "");
      CHECK(report.verdict == Verdict::CE);
      CHECK_FALSE(report.compile.ok);
      // The wall-clock limit is twice the CPU limit, on the compiler's own
      // time (what it waited for a CPU does not count); 5 s of slack.
      INFO("compile: " << report.compile.time_ms << " ms, of which waiting for a CPU " << report.compile.run_queue_ms);
      CHECK(report.compile.time_ms - report.compile.run_queue_ms <=
            static_cast<std::int64_t>(runner.compile_time_s * 2000) + 5000);
      CHECK(report.compile.log.size() <= 64 * 1024 + 512);
    }
    for (const auto& line : shadow) CHECK_THAT(all_messages(report), !Catch::Contains(line));

    // The judge's environment stays invisible.
    CHECK_THAT(all_messages(report), !Catch::Contains(secret));

    // Nothing written outside the box.
    std::vector<std::string> canary = canary_contents();
    for (const auto& name : canary) {
      INFO("canary file " << name << ": " << read_text(fs::path(kCanaryDir) / name).substr(0, 200));
      CHECK_THAT(read_text(fs::path(kCanaryDir) / name), !Catch::Contains(secret));
    }
    {
      std::string listed;
      for (const auto& n : canary) listed += n + " ";
      INFO("files in " << kCanaryDir << ": " << listed);
      CHECK(canary.empty());
    }
    for (const auto& p : kWatchedPaths) {
      INFO("written outside the box: " << p);
      CHECK_FALSE(fs::exists(fs::symlink_status(p)));
    }

    // No connection reached the host's listeners.
    int tcp_connections = 0;
    for (int fd : tcp) tcp_connections += drain(fd);
    CHECK(tcp_connections == 0);
    CHECK(drain(unix_listener) == 0);

    // Nothing of the submission is left running.
    for (const auto& p : submission_processes(sentinels)) {
      INFO("left running: pid " << p.pid << " uid " << p.uid << " [" << p.cmdline << "]"
                                << (p.ours ? "" : " (not a descendant of this test)"));
      // Others (another judge grading meanwhile) are not this run's business.
      if (p.ours) {
        CHECK_FALSE(p.ours);
        kill(p.pid, SIGKILL);
      }
    }

    // Processes outside the box unharmed.
    for (auto& s : sentinels) {
      INFO("sentinel 'sleep' running as uid " << s.uid);
      bool alive = sentinel_alive(s);
      CHECK(alive);
      if (!alive) {
        stop_sentinel(s);
        s = spawn_sentinel(s.uid);
        usleep(50 * 1000);
      }
    }
    reset_canary();
  }
  double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::cerr << "[attacks] " << attacks.size() << " attacks in " << total << " s\n";

  // The judge still answers.
  fs::path reference = source_dir / "problems" / "minimum-passes" / "submissions" / "accepted" / "reference.cpp";
  Report after = grade(problem, runners, runners.for_source(reference, ""), reference, settings, GradeOptions{});
  {
    std::string layers;
    for (const auto& l : after.sandbox_layers) layers += l + " ";
    std::cerr << "[attacks] sandbox layers: " << layers << "\n";
  }
  INFO("reference after the attacks: " << describe(after));
  CHECK(after.verdict == Verdict::AC);
  CHECK(after.tests.size() == after.tests_total);

  for (auto& s : sentinels) stop_sentinel(s);
  for (int fd : tcp) close(fd);
  if (unix_listener >= 0) close(unix_listener);
  std::error_code ec;
  fs::remove_all(kCanaryDir, ec);
  unsetenv("JUDGE_ATTACK_SECRET");
  close(lock);  // releases the flock
}
