// The isolation layers of the second sandbox version: namespaces, the
// private filesystem view and cgroups. As in sandbox_run.cpp, every program
// is compiled here (trusted) and only ever run through sandbox::run. A test
// whose layer is not active on this machine says so and checks nothing.
#include <catch2/catch.hpp>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sandbox/sandbox.h"
#include "support/sandbox_programs.h"

namespace {
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using sandbox::Limit;
using sandbox::SeccompProfile;

using namespace sandbox_test;


bool skip_without(const std::string& layer) {
  if (has_layer(layer)) return false;
  WARN("skipped: layer " << layer << " is not active here");
  return true;
}


sandbox::Outcome run_ok(const sandbox::Policy& policy) {
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome) << " stderr='" << slurp(policy.stderr_path) << "'");
  REQUIRE(outcome.error.empty());
  return outcome;
}

}  // namespace

TEST_CASE("sandbox isolation: the program sees only the system directories and its box", "[sandbox][isolation]") {
  if (skip_without("private_filesystem")) return;
  TempDir dir;
  fs::path exe = compile(dir, "look", R"(
    #include <stdio.h>
    #include <sys/stat.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      struct stat st;
      for (int i = 1; i < argc; ++i) printf("%s=%d\n", argv[i], stat(argv[i], &st) == 0);
      char cwd[256];
      printf("cwd=%s\n", getcwd(cwd, sizeof cwd) ? cwd : "?");
      return 0;
    })");
  const char* home = std::getenv("HOME");
  std::string cache = std::string(home ? home : "/root") + "/.cache";
  TempDir outside;  // another folder of the host's /tmp
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  // The workdir's own path is rewritten to /box, like every argument under it.
  policy.argv.insert(policy.argv.end(), {"/work", "/work/main", cache, "/root", "/home", outside.path.string(),
                                         dir.path.string(),
                                         "/usr/bin/g++", "/usr/bin/python3", "/etc/ld.so.cache", "/dev/null",
                                         "/box/look", "/etc/shadow", "/sys", "/run"});
  sandbox::Outcome outcome = run_ok(policy);
  CHECK(outcome.exited);
  std::string expected = "/work=0\n/work/main=0\n" + cache + "=0\n/root=0\n/home=0\n" + outside.path.string() +
                         "=0\n/box=1\n/usr/bin/g++=1\n/usr/bin/python3=1\n/etc/ld.so.cache=1\n/dev/null=1\n/box/look=1\n"
                         "/etc/shadow=0\n/sys=0\n/run=0\ncwd=/box\n";
  CHECK(slurp(policy.stdout_path) == expected);
}

TEST_CASE("sandbox isolation: the program sees only its own processes and its box's keeper", "[sandbox][isolation]") {
  if (skip_without("pid_namespace") || skip_without("private_filesystem")) return;
  TempDir dir;
  fs::path exe = compile(dir, "pids", R"(
    #include <ctype.h>
    #include <dirent.h>
    #include <stdio.h>
    #include <unistd.h>
    int main(void) {
      int count = 0;
      DIR* proc = opendir("/proc");
      if (!proc) return 2;
      for (struct dirent* e; (e = readdir(proc));) if (isdigit((unsigned char)e->d_name[0])) ++count;
      printf("pid=%d processes=%d\n", (int)getpid(), count);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  run_ok(policy);
  const std::string seen = slurp(policy.stdout_path);
  if (::geteuid() != 0) {
    // Unpooled: the program is the init of a pid namespace of its own.
    CHECK(seen == "pid=1 processes=1\n");
  } else {
    // Pooled: the box's keeper is pid 1, the program one of its children.
    int pid = 0, processes = 0;
    REQUIRE(std::sscanf(seen.c_str(), "pid=%d processes=%d", &pid, &processes) == 2);
    CHECK(pid > 1);
    CHECK(processes == 2);
  }
}

TEST_CASE("sandbox isolation: / and /usr are read-only, /tmp is writable but capped", "[sandbox][isolation]") {
  if (skip_without("private_filesystem")) return;
  TempDir dir(0777);
  fs::path exe = compile(dir, "writer", R"(
    #include <fcntl.h>
    #include <stdio.h>
    #include <string.h>
    #include <unistd.h>
    static int can_create(const char* path) {
      int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0) return 0;
      close(fd);
      return 1;
    }
    int main(void) {
      printf("root=%d usr=%d proc=%d box=%d\n", can_create("/evil"), can_create("/usr/evil"),
             can_create("/proc/evil"), can_create("/box/fine"));
      int fd = open("/tmp/big", O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (fd < 0) { printf("tmp: cannot open\n"); return 0; }
      static char block[65536];
      memset(block, 'x', sizeof block);
      long total = 0;
      for (int i = 0; i < 64; ++i) {  /* 4 MiB */
        ssize_t n = write(fd, block, sizeof block);
        if (n <= 0) break;
        total += n;
      }
      printf("tmp=%ld\n", total);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  policy.tmp_bytes = 1 << 20;
  run_ok(policy);
  CHECK(slurp(policy.stdout_path) == "root=0 usr=0 proc=0 box=1\ntmp=1048576\n");
  CHECK(fs::exists(dir.path / "fine"));
  CHECK_FALSE(fs::exists("/evil"));

  // A box that is not writable: the cwd is a tmpfs, so a scratch file works
  // there but never reaches the host's folder.
  fs::remove(dir.path / "fine");
  policy.workdir_writable = false;
  run_ok(policy);
  CHECK(slurp(policy.stdout_path) == "root=0 usr=0 proc=0 box=1\ntmp=1048576\n");
  CHECK_FALSE(fs::exists(dir.path / "fine"));
}

TEST_CASE("sandbox isolation: a program's cwd is capped and its own files are read-only", "[sandbox][isolation]") {
  if (skip_without("private_filesystem")) return;
  TempDir dir;
  fs::path exe = compile(dir, "scribble", R"(
    #include <fcntl.h>
    #include <stdio.h>
    #include <string.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      int own = open(argv[0], O_WRONLY);
      int del = unlink(argv[0]);
      int fd = open("scratch", O_WRONLY | O_CREAT | O_TRUNC, 0644);
      static char block[65536];
      memset(block, 'x', sizeof block);
      long total = 0;
      for (int i = 0; fd >= 0 && i < 64; ++i) {  /* 4 MiB into a 1 MiB box */
        ssize_t n = write(fd, block, sizeof block);
        if (n <= 0) break;
        total += n;
      }
      printf("own=%d del=%d wrote=%ld\n", own >= 0, del == 0, total);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  policy.workdir_writable = false;
  policy.box_bytes = 1 << 20;
  run_ok(policy);
  CHECK(slurp(policy.stdout_path) == "own=0 del=0 wrote=1048576\n");
  CHECK(fs::exists(exe));
  CHECK_FALSE(fs::exists(dir.path / "scratch"));
}

TEST_CASE("sandbox isolation: an abstract unix socket outside is out of reach", "[sandbox][isolation]") {
  if (skip_without("net_namespace")) return;
  // The test's own socket, in the judge's network namespace.
  const std::string name = "sandbox-test-" + std::to_string(::getpid());
  int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(listener >= 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  std::memcpy(address.sun_path + 1, name.data(), name.size());
  socklen_t length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + 1 + name.size());
  REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&address), length) == 0);
  REQUIRE(::listen(listener, 4) == 0);

  TempDir dir;
  fs::path exe = compile(dir, "knock", R"(
    #include <stddef.h>
    #include <stdio.h>
    #include <string.h>
    #include <sys/socket.h>
    #include <sys/un.h>
    int main(int argc, char** argv) {
      int fd = socket(AF_UNIX, SOCK_STREAM, 0);
      struct sockaddr_un address;
      memset(&address, 0, sizeof address);
      address.sun_family = AF_UNIX;
      size_t n = strlen(argv[1]);
      memcpy(address.sun_path + 1, argv[1], n);
      int rc = connect(fd, (struct sockaddr*)&address, (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n));
      printf("connected=%d\n", rc == 0);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  policy.argv.push_back(name);
  run_ok(policy);
  ::close(listener);
  CHECK(slurp(policy.stdout_path) == "connected=0\n");
}

TEST_CASE("sandbox isolation: without a private filesystem, Landlock fences the host's", "[sandbox][isolation]") {
  if (skip_without("landlock")) return;
  // The fallback for machines without mount namespaces, forced here by the
  // policy: the program sees the host's tree, but may open little of it.
  int listener = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(listener >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  REQUIRE(::listen(listener, 4) == 0);
  socklen_t length = sizeof address;
  REQUIRE(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0);

  TempDir dir(0777);
  fs::path exe = compile(dir, "fenced", R"(
    #include <arpa/inet.h>
    #include <fcntl.h>
    #include <netinet/in.h>
    #include <stdio.h>
    #include <stdlib.h>
    #include <sys/socket.h>
    #include <unistd.h>
    static int can_open(const char* path, int flags) {
      int fd = open(path, flags, 0644);
      if (fd >= 0) close(fd);
      return fd >= 0;
    }
    int main(int argc, char** argv) {
      struct sockaddr_in a = {0};
      a.sin_family = AF_INET;
      a.sin_port = htons((unsigned short)atoi(argv[1]));
      a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      int fd = socket(AF_INET, SOCK_STREAM, 0);
      printf("libc=%d passwd=%d etc-other=%d home=%d workdir=%d tmp=%d tcp=%d\n",
             can_open("/usr/lib/x86_64-linux-gnu/libc.so.6", O_RDONLY), can_open("/etc/passwd", O_RDONLY),
             can_open("/etc/debian_version", O_RDONLY), can_open("/root", O_RDONLY | O_DIRECTORY),
             can_open("scratch", O_WRONLY | O_CREAT), can_open("/tmp/landlock-escape", O_WRONLY | O_CREAT),
             connect(fd, (struct sockaddr*)&a, sizeof a) == 0);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  policy.private_filesystem = false;
  policy.seccomp = SeccompProfile::Off;  // lets the socket call through: Landlock's to refuse
  policy.argv.push_back(std::to_string(ntohs(address.sin_port)));
  sandbox::Outcome outcome = run_ok(policy);
  ::close(listener);
  INFO(describe(outcome) << " stderr='" << slurp(policy.stderr_path) << "'");
  CHECK(slurp(policy.stdout_path) == "libc=1 passwd=1 etc-other=0 home=0 workdir=1 tmp=0 tcp=0\n");
  CHECK_FALSE(fs::exists("/tmp/landlock-escape"));
}

TEST_CASE("sandbox isolation: the program is not root", "[sandbox][isolation]") {
  TempDir dir;
  fs::path exe = compile(dir, "uid", R"(
    #include <stdio.h>
    #include <unistd.h>
    int main(void) { printf("%d %d\n", getuid() != 0, geteuid() != 0); return 0; })");
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  run_ok(policy);
  CHECK(slurp(policy.stdout_path) == "1 1\n");
}

TEST_CASE("sandbox isolation: memory is limited by the cgroup", "[sandbox][isolation][cgroup]") {
  if (skip_without("cgroup_memory")) return;
  TempDir dir;
  SECTION("touching 1 GiB under 128 MiB") {
    fs::path exe = compile(dir, "bomb", R"(
      #include <stdlib.h>
      #include <string.h>
      int main(void) {
        for (int i = 0; i < 1024; ++i) {
          char* p = malloc(1 << 20);
          if (!p) return 7;
          memset(p, i, 1 << 20);
        }
        return 0;
      })");
    sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
    sandbox::Outcome outcome = run_ok(policy);
    INFO(describe(outcome));
    CHECK(outcome.limit == Limit::Memory);
    CHECK_FALSE(outcome.exited);
    CHECK(outcome.peak_memory_kb >= 128 * 1024 * 95 / 100);
    CHECK(outcome.peak_memory_kb <= 128 * 1024);
  }
  SECTION("a vector doubling past the limit") {
    fs::path exe = compile(dir, "doubling", R"(
      #include <cstdio>
      #include <vector>
      int main() {
        std::vector<long> v;
        for (long i = 0; i < (200l << 20) / 8; ++i) v.push_back(i);
        std::printf("%zu\n", v.size());
      })", Lang::Cpp);
    sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
    sandbox::Outcome outcome = run_ok(policy);
    INFO(describe(outcome));
    CHECK(outcome.limit == Limit::Memory);
  }
  SECTION("a program within the limit is not touched") {
    fs::path exe = compile(dir, "modest", R"(
      #include <stdlib.h>
      #include <string.h>
      int main(void) { char* p = malloc(64 << 20); memset(p, 1, 64 << 20); return p[12345] == 1 ? 0 : 1; })");
    sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
    sandbox::Outcome outcome = run_ok(policy);
    INFO(describe(outcome));
    CHECK(outcome.exited);
    CHECK(outcome.exit_code == 0);
    CHECK(outcome.limit == Limit::None);
    CHECK(outcome.peak_memory_kb >= 64 * 1024);
  }
}

// A kept box's cgroup still holds what the last run left charged to it
// (its /tmp files, the page cache of what it wrote) when the next run asks
// for a smaller limit; the next run must not fail for it.
TEST_CASE("sandbox isolation: a smaller limit after a run that filled /tmp", "[sandbox][isolation][cgroup]") {
  if (skip_without("cgroup_memory")) return;
  TempDir dir;
  fs::path filler = compile(dir, "filler", R"(
    #include <stdio.h>
    #include <string.h>
    int main(void) {
      static char block[1 << 20];
      memset(block, 'x', sizeof block);
      FILE* f = fopen("/tmp/filler", "w");
      if (!f) return 3;
      for (int i = 0; i < 48; ++i)
        if (fwrite(block, 1, sizeof block, f) != sizeof block) return 4;
      return fclose(f) == 0 ? 0 : 5;
    })");
  fs::path quiet = compile(dir, "quiet", R"(
    int main(void) { return 0; })");
  sandbox::Policy fill = policy_for(dir, filler, 2000ms, 5000ms);
  fill.memory_bytes = 256ull << 20;
  fill.tmp_bytes = 64ull << 20;
  sandbox::Outcome first = run_ok(fill);
  REQUIRE(first.exited);
  REQUIRE(first.exit_code == 0);
  for (int i = 0; i < 3; ++i) {
    sandbox::Policy small = policy_for(dir, quiet, 2000ms, 5000ms);
    small.memory_bytes = 16ull << 20;
    sandbox::Outcome next = run_ok(small);
    CHECK(next.exited);
    CHECK(next.exit_code == 0);
    CHECK(next.limit == Limit::None);
  }
  // And the memory the files took is the next run's again.
  fs::path toucher = compile(dir, "toucher", R"(
    #include <stdlib.h>
    #include <string.h>
    int main(void) { char* p = malloc(48 << 20); memset(p, 1, 48 << 20); return p[4321] == 1 ? 0 : 1; })");
  REQUIRE(run_ok(fill).exit_code == 0);
  sandbox::Policy touch = policy_for(dir, toucher, 2000ms, 5000ms);
  touch.memory_bytes = 80ull << 20;
  sandbox::Outcome touched = run_ok(touch);
  CHECK(touched.exited);
  CHECK(touched.exit_code == 0);
  CHECK(touched.limit == Limit::None);
}

TEST_CASE("sandbox isolation: a fork bomb under the Compiler profile stops at max_processes", "[sandbox][isolation]") {
  if (::geteuid() != 0) {
    WARN("skipped: process limits need root (a cgroup or a uid of the program's own)");
    return;
  }
  TempDir dir;
  fs::path exe = compile(dir, "forker", R"(
    #include <stdio.h>
    #include <sys/prctl.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      int made = 0;
      for (int i = 0; i < 1000; ++i) {
        pid_t pid = fork();
        if (pid < 0) break;
        if (pid == 0) { prctl(PR_SET_NAME, argv[1]); sleep(30); _exit(0); }
        ++made;
      }
      printf("%d\n", made);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  policy.seccomp = SeccompProfile::Compiler;
  policy.max_processes = 20;
  const std::string name = "bomb" + std::to_string(::getpid());
  policy.argv.push_back(name);
  sandbox::Outcome outcome = run_ok(policy);
  INFO(describe(outcome));
  CHECK(outcome.exited);
  CHECK(outcome.wall_ms < 3000);
  if (has_layer("cgroup_pids")) CHECK(std::stoi(slurp(policy.stdout_path)) < 20);
  else CHECK(std::stoi(slurp(policy.stdout_path)) < 1000);
  CHECK(processes_named(name) == 0);
}

TEST_CASE("sandbox isolation: python3 runs in the box", "[sandbox][isolation]") {
  TempDir dir;
  write_file(dir.path / "hello.py", "import sys, os\nprint('hello', sum(range(10)), os.getcwd() == os.path.realpath('.'))\n");
  ::chmod((dir.path / "hello.py").c_str(), 0644);
  sandbox::Policy policy = policy_for(dir, "/usr/bin/python3", 2000ms, 5000ms);
  policy.argv.push_back("hello.py");
  policy.memory_bytes = 256ull << 20;
  sandbox::Outcome outcome = run_ok(policy);
  INFO(describe(outcome) << " stderr='" << slurp(policy.stderr_path) << "'");
  CHECK(outcome.exited);
  CHECK(outcome.exit_code == 0);
  CHECK(slurp(policy.stdout_path) == "hello 45 True\n");
}

TEST_CASE("sandbox isolation: threads work with the default stack under a memory cgroup", "[sandbox][isolation][cgroup]") {
  if (skip_without("cgroup_memory")) return;
  TempDir dir;
  fs::path exe = compile(dir, "four", R"(
    #include <atomic>
    #include <cstdio>
    #include <thread>
    #include <vector>
    int main() {
      std::atomic<long> sum{0};
      std::vector<std::thread> threads;
      for (int t = 0; t < 4; ++t) threads.emplace_back([&, t] { for (int i = 0; i < 1000; ++i) sum += t; });
      for (auto& thread : threads) thread.join();
      std::printf("%ld\n", sum.load());
    })", Lang::Cpp);
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  policy.memory_bytes = 256ull << 20;  // stack_bytes stays 0: the whole memory limit
  sandbox::Outcome outcome = run_ok(policy);
  INFO(describe(outcome) << " stderr='" << slurp(policy.stderr_path) << "'");
  CHECK(outcome.exited);
  CHECK(outcome.exit_code == 0);
  CHECK(slurp(policy.stdout_path) == "6000\n");
}

TEST_CASE("sandbox isolation: CPU time counts every thread", "[sandbox][isolation]") {
  TempDir dir;
  fs::path exe = compile(dir, "burn2", R"(
    #include <ctime>
    #include <thread>
    static void burn() {
      timespec start, now;
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
      do clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
      while ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 < 300);
    }
    int main() { std::thread a(burn), b(burn); a.join(); b.join(); })", Lang::Cpp);
  sandbox::Policy policy = policy_for(dir, exe, 2000ms, 5000ms);
  policy.stack_bytes = 16ull << 20;
  sandbox::Outcome outcome = run_ok(policy);
  INFO(describe(outcome));
  CHECK(outcome.exited);
  CHECK(outcome.cpu_ms >= 550);
}

TEST_CASE("sandbox isolation: active and missing layers do not overlap", "[sandbox][isolation]") {
  std::vector<std::string> active = sandbox::active_layers();
  std::vector<std::string> missing = sandbox::missing_layers();
  for (const std::string& entry : missing) {
    INFO(entry);
    std::string layer = entry.substr(0, entry.find(':'));
    CHECK(std::find(active.begin(), active.end(), layer) == active.end());
    CHECK(entry.find(": ") != std::string::npos);
  }
  bool cgroup = std::any_of(active.begin(), active.end(), [](const std::string& l) { return l.rfind("cgroup_v", 0) == 0; });
  CHECK(cgroup == has_layer("cgroup_memory"));
  CHECK(sandbox::missing_layers() == missing);
}
