// sandbox::run against real programs. Each test writes a tiny C or C++
// program, compiles it with the system compiler (a trusted step, outside
// the sandbox) and runs the result only through sandbox::run.
#include <catch2/catch.hpp>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "sandbox/sandbox.h"
#include "support/sandbox_programs.h"

namespace {
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using sandbox::Limit;
using sandbox::SeccompProfile;

using namespace sandbox_test;

// Whether this kernel runs an i386 system call made through int 0x80 at
// all. Asked of a forked copy of the test itself, outside any sandbox:
// the call is getpid, harmless.
bool kernel_runs_int80() {
  pid_t pid = fork();
  if (pid == 0) {
    long ret = 20;  // i386 getpid
    __asm__ volatile("int $0x80" : "+a"(ret) : : "memory");
    _exit(ret > 0 ? 0 : 1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

TEST_CASE("sandbox: a program's stdout is captured and its stdin is fed", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "echo", R"(
    #include <stdio.h>
    int main(void) {
      char line[64] = "";
      if (!fgets(line, sizeof line, stdin)) return 1;
      printf("got %s", line);
      fprintf(stderr, "to stderr\n");
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.stdin_path = dir.path / "input.txt";
  write_file(policy.stdin_path, "42\n");

  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(outcome.exited);
  CHECK(outcome.exit_code == 0);
  CHECK(outcome.limit == Limit::None);
  CHECK(slurp(policy.stdout_path) == "got 42\n");
  CHECK(slurp(policy.stderr_path) == "to stderr\n");
  CHECK(outcome.wall_ms < 3000);
}

TEST_CASE("sandbox: stdout and stderr may be the same file", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "both", R"(
    #include <stdio.h>
    int main(void) {
      setvbuf(stdout, NULL, _IONBF, 0);
      printf("out1\n"); fprintf(stderr, "err\n"); printf("out2\n");
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.stderr_path = policy.stdout_path;
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(slurp(policy.stdout_path) == "out1\nerr\nout2\n");
}

TEST_CASE("sandbox: exit code and a crash are reported as such", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "ends", R"(
    #include <string.h>
    int main(int argc, char** argv) {
      if (argc > 1 && strcmp(argv[1], "segv") == 0) *(volatile int*)0 = 1;
      return 3;
    })");

  SECTION("exit 3") {
    sandbox::Outcome outcome = sandbox::run(policy_for(dir, exe));
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.exited);
    CHECK(outcome.exit_code == 3);
    CHECK(outcome.limit == Limit::None);
  }
  SECTION("SIGSEGV") {
    sandbox::Policy policy = policy_for(dir, exe);
    policy.argv.push_back("segv");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK_FALSE(outcome.exited);
    CHECK(outcome.term_signal == SIGSEGV);
    CHECK(outcome.limit == Limit::None);
  }
}

TEST_CASE("sandbox: an infinite loop hits the CPU limit", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "spin", R"(
    int main(void) { volatile unsigned long n = 0; for (;;) ++n; })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.cpu_limit = 300ms;
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(outcome.limit == Limit::CpuTime);
  CHECK(outcome.cpu_ms >= 300);
  // Stopped by the parent's sampling, long before the RLIMIT_CPU backstop
  // (2 s of CPU). Measured in CPU time: wall time depends on the load.
  CHECK(outcome.cpu_ms < 1000);
  CHECK_FALSE(outcome.exited);
}

TEST_CASE("sandbox: a sleeping program hits the wall-clock limit", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "sleeper", R"(
    #include <unistd.h>
    int main(void) { sleep(10); return 0; })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.wall_limit = 500ms;
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(outcome.limit == Limit::WallTime);
  CHECK(outcome.wall_ms >= 500);
  CHECK(outcome.wall_ms < 1500);
  CHECK(outcome.cpu_ms < 100);
}

TEST_CASE("sandbox: a memory hog is stopped and reported as Memory", "[sandbox]") {
  TempDir dir;
  // Touches 512 MiB a mebibyte at a time, so its resident set climbs to the
  // 128 MiB limit before an allocation fails.
  fs::path exe = compile(dir, "hog", R"(
    #include <stdlib.h>
    #include <string.h>
    int main(void) {
      for (int i = 0; i < 512; ++i) {
        char* p = malloc(1 << 20);
        if (!p) abort();
        memset(p, i, 1 << 20);
      }
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.memory_bytes = 128ull << 20;
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK_FALSE(outcome.exited);
  CHECK(outcome.limit == Limit::Memory);
  CHECK(outcome.peak_memory_kb <= 128 * 1024);
}

TEST_CASE("sandbox: an output flood hits the output limit", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "flood", R"(
    #include <stdio.h>
    #include <string.h>
    int main(void) {
      char block[4096];
      memset(block, 'x', sizeof block);
      for (;;) fwrite(block, 1, sizeof block, stdout);
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.output_bytes = 1 << 20;
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(outcome.limit == Limit::Output);
  // A pid 1 (in its own pid namespace) ignores SIGXFSZ; the parent, which
  // watches the file, stops it with SIGKILL.
  CHECK((outcome.term_signal == SIGXFSZ || (has_layer("pid_namespace") && outcome.term_signal == SIGKILL)));
  CHECK(fs::file_size(policy.stdout_path) <= (1u << 20));
}

TEST_CASE("sandbox: stream_bytes stops a flood of stdout long before output_bytes", "[sandbox]") {
  TempDir dir;
  // 64 MiB at about 64 MB/s: the 20 ms watchdog lets through little more
  // than the stream cap, however late it runs on a busy machine.
  fs::path exe = compile(dir, "slow_flood", R"(
    #include <string.h>
    #include <unistd.h>
    int main(void) {
      static char block[65536];
      memset(block, 'x', sizeof block);
      for (int i = 0; i < 1024; ++i) {
        if (write(1, block, sizeof block) < 0) return 1;
        usleep(1000);
      }
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe, 5000ms, 10000ms);
  policy.output_bytes = 256ull << 20;
  policy.stream_bytes = 1 << 20;
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(outcome.limit == Limit::Output);
  CHECK(fs::file_size(policy.stdout_path) >= (1u << 20));
  CHECK(fs::file_size(policy.stdout_path) < (16u << 20));
}

TEST_CASE("sandbox: a program that closes stdout early is fine", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "closer", R"(
    #include <stdio.h>
    #include <unistd.h>
    int main(void) {
      printf("bye\n"); fflush(stdout);
      close(1); close(0); close(2);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(outcome.exited);
  CHECK(outcome.exit_code == 0);
  CHECK(slurp(policy.stdout_path) == "bye\n");
}

TEST_CASE("sandbox: forbidden system calls are named", "[sandbox][seccomp]") {
  TempDir dir;
  // One program, one forbidden action per argv[1]. "ok:" lines mean the
  // call returned, which under the Program profile it must not.
  fs::path exe = compile(dir, "forbidden", R"(
    #define _GNU_SOURCE
    #include <fcntl.h>
    #include <sched.h>
    #include <signal.h>
    #include <stdio.h>
    #include <string.h>
    #include <sys/ptrace.h>
    #include <sys/socket.h>
    #include <sys/syscall.h>
    #include <sys/wait.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      const char* what = argc > 1 ? argv[1] : "";
      setvbuf(stdout, NULL, _IONBF, 0);
      if (!strcmp(what, "fork")) {
        pid_t pid = fork();
        if (pid == 0) _exit(0);
        printf("ok: fork %d\n", (int)pid);
      } else if (!strcmp(what, "socket")) {
        printf("ok: socket %d\n", socket(AF_INET, SOCK_STREAM, 0));
      } else if (!strcmp(what, "unix_socket")) {
        printf("ok: unix socket %d\n", socket(AF_UNIX, SOCK_STREAM, 0) >= 0);
      } else if (!strcmp(what, "ptrace")) {
        printf("ok: ptrace %ld\n", ptrace(PTRACE_TRACEME, 0, 0, 0));
      } else if (!strcmp(what, "execve")) {
        char* args[] = {"/bin/sh", "-c", "echo escaped", NULL};
        execve("/bin/sh", args, NULL);
        printf("ok: execve failed\n");
      } else if (!strcmp(what, "unshare")) {
        printf("ok: unshare %d\n", unshare(CLONE_NEWUSER));
      } else if (!strcmp(what, "kill_all")) {
        printf("ok: kill %d\n", kill(-1, SIGKILL));
      } else if (!strcmp(what, "setsid")) {
        printf("ok: setsid %d\n", (int)setsid());
      } else if (!strcmp(what, "setuid")) {
        printf("ok: setuid %d\n", setuid(0));
      } else if (!strcmp(what, "raw_fork")) {
        long pid = syscall(SYS_fork);
        if (pid == 0) _exit(0);
        printf("ok: raw fork %ld\n", pid);
      } else if (!strcmp(what, "vfork")) {
        long pid = syscall(SYS_vfork);
        if (pid == 0) _exit(0);
        printf("ok: vfork %ld\n", pid);
      } else if (!strcmp(what, "execveat")) {
        char* args[] = {"/bin/sh", "-c", "echo escaped", NULL};
        syscall(SYS_execveat, AT_FDCWD, "/bin/sh", args, NULL, 0);
        printf("ok: execveat failed\n");
      } else if (!strcmp(what, "execveat_fd")) {
        char* args[] = {"/bin/sh", "-c", "echo escaped", NULL};
        int fd = open("/bin/sh", O_PATH);
        syscall(SYS_execveat, fd, "", args, NULL, AT_EMPTY_PATH);
        printf("ok: execveat of a descriptor failed\n");
      } else if (!strcmp(what, "exec_fd_plant")) {
        /* The one exec the filter allows is of descriptor 1023: the program
           can never hold it, so the exec fails and no shell runs. */
        char* args[] = {"/bin/sh", "-c", "echo escaped", NULL};
        int fd = open("/bin/sh", O_PATH);
        int planted = dup2(fd, 1023);
        int moved = fcntl(fd, F_DUPFD, 1023);
        long rc = syscall(SYS_execveat, 1023, "", args, NULL, AT_EMPTY_PATH);
        printf("planted=%d moved=%d exec=%ld\n", planted, moved, rc);
      } else if (!strcmp(what, "int80")) {
        long ret;
        __asm__ volatile("int $0x80" : "=a"(ret) : "a"(20) : "memory");  /* i386 getpid */
        printf("ok: int80 %ld\n", ret);
      }
      return 0;
    })");

  struct Case {
    const char* action;
    const char* syscall;
  };
  // glibc's fork() is the clone system call.
  const Case cases[] = {
      {"fork", "clone"},       {"socket", "socket"}, {"ptrace", "ptrace"}, {"execve", "execve"},
      {"unshare", "unshare"},  {"kill_all", "kill"}, {"setsid", "setsid"}, {"setuid", "setuid"},
      {"raw_fork", "fork"},    {"vfork", "vfork"},   {"execveat", "execveat"}, {"execveat_fd", "execveat"},
      {"int80", "unknown (non-native architecture)"},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.action) {
      sandbox::Policy policy = policy_for(dir, exe);
      policy.argv.push_back(c.action);
      sandbox::Outcome outcome = sandbox::run(policy);
      INFO(describe(outcome) << " stdout='" << slurp(policy.stdout_path) << "'");
      REQUIRE(outcome.error.empty());
      if (std::string(c.action) == "int80" && !kernel_runs_int80()) {
        // The kernel refuses the i386 ABI itself (IA-32 emulation off at
        // run time: ia32_emulation=0, confidential guests): the call faults
        // before any filter sees it. It still never runs.
        CHECK(outcome.term_signal == SIGSEGV);
        CHECK_FALSE(outcome.exited);
        CHECK(slurp(policy.stdout_path).find("ok:") == std::string::npos);
        continue;
      }
      CHECK(outcome.limit == Limit::Syscall);
      if (std::string(c.action) == "fork")
        CHECK((outcome.syscall == "fork" || outcome.syscall == "clone"));
      else
        CHECK(outcome.syscall == c.syscall);
      CHECK_FALSE(outcome.exited);
      CHECK(slurp(policy.stdout_path).find("ok:") == std::string::npos);
      CHECK(slurp(policy.stdout_path).find("escaped") == std::string::npos);
    }
  }
  SECTION("the descriptor the sandbox execs through is out of the program's reach") {
    sandbox::Policy policy = policy_for(dir, exe);
    policy.argv.push_back("exec_fd_plant");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::None);
    CHECK(slurp(policy.stdout_path) == "planted=-1 moved=-1 exec=-1\n");
  }
  SECTION("AF_UNIX sockets are allowed") {
    sandbox::Policy policy = policy_for(dir, exe);
    policy.argv.push_back("unix_socket");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::None);
    CHECK(slurp(policy.stdout_path) == "ok: unix socket 1\n");
  }
}

TEST_CASE("sandbox: a threaded program runs under the Program profile", "[sandbox][seccomp]") {
  TempDir dir;
  fs::path exe = compile(dir, "threads", R"(
    #include <cstdio>
    #include <thread>
    int main() {
      long a = 0, b = 0;
      std::thread first([&] { for (int i = 1; i <= 1000; ++i) a += i; });
      std::thread second([&] { for (int i = 1; i <= 1000; ++i) b += 2 * i; });
      first.join();
      second.join();
      std::printf("%ld\n", a + b);
    })", Lang::Cpp);
  sandbox::Policy policy = policy_for(dir, exe);
  policy.memory_bytes = 256ull << 20;
  // glibc sizes each thread's stack by RLIMIT_STACK and reserves it in the
  // address space: with the default stack = memory_bytes a single thread
  // would need the whole RLIMIT_AS. Programs that use threads need a
  // stack limit well under the memory limit.
  policy.stack_bytes = 16ull << 20;
  policy.max_threads = 64;  // the uid's other tasks (parallel tests) count too
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome) << " stderr='" << slurp(policy.stderr_path) << "'");
  REQUIRE(outcome.error.empty());
  CHECK(outcome.exited);
  CHECK(outcome.exit_code == 0);
  CHECK(outcome.limit == Limit::None);
  CHECK(slurp(policy.stdout_path) == "1501500\n");
}

TEST_CASE("sandbox: runs from several threads at once stay apart", "[sandbox][threads]") {
  TempDir dir;
  fs::path exe = compile(dir, "tagged", R"(
    #include <stdio.h>
    #include <unistd.h>
    int main(int argc, char** argv) { usleep(100000); printf("%s\n", argv[1]); return 0; })");
  constexpr int kRuns = 6;
  std::vector<sandbox::Outcome> outcomes(kRuns);
  std::vector<std::thread> workers;
  for (int i = 0; i < kRuns; ++i) {
    workers.emplace_back([&, i] {
      sandbox::Policy policy = policy_for(dir, exe);
      policy.argv.push_back("run" + std::to_string(i));
      policy.stdout_path = dir.path / ("out" + std::to_string(i));
      policy.stderr_path = dir.path / ("err" + std::to_string(i));
      // Fewer tasks than runs sharing the uid: each run's limit counts the
      // others' processes, which must not keep any of them from starting.
      policy.max_threads = 2;
      outcomes[static_cast<std::size_t>(i)] = sandbox::run(policy);
    });
  }
  for (std::thread& worker : workers) worker.join();
  for (int i = 0; i < kRuns; ++i) {
    const sandbox::Outcome& outcome = outcomes[static_cast<std::size_t>(i)];
    INFO("run " << i << ": " << describe(outcome));
    CHECK(outcome.error.empty());
    CHECK(outcome.exited);
    CHECK(outcome.limit == Limit::None);
    CHECK(slurp(dir.path / ("out" + std::to_string(i))) == "run" + std::to_string(i) + "\n");
  }
}

TEST_CASE("sandbox: a thread bomb runs into max_threads", "[sandbox][root]") {
  if (::geteuid() != 0) {
    WARN("skipped: RLIMIT_NPROC only applies under a uid of the program's own, which needs root");
    return;
  }
  TempDir dir;
  fs::path exe = compile(dir, "bomb", R"(
    #include <pthread.h>
    #include <stdio.h>
    #include <unistd.h>
    static void* idle(void* arg) { (void)arg; sleep(5); return 0; }
    int main(void) {
      pthread_attr_t attr;
      pthread_attr_init(&attr);
      pthread_attr_setstacksize(&attr, 64 * 1024);
      int made = 0;
      for (int i = 0; i < 200; ++i) {
        pthread_t thread;
        if (pthread_create(&thread, &attr, idle, 0) != 0) break;
        ++made;
      }
      printf("%d\n", made);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.max_threads = 8;
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(outcome.exited);
  CHECK(std::stoi(slurp(policy.stdout_path)) < 8);
}

TEST_CASE("sandbox: the environment is exactly policy.env", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "env", R"(
    #include <stdio.h>
    extern char** environ;
    int main(void) { for (char** e = environ; *e; ++e) printf("%s\n", *e); return 0; })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.env = {"ONLY=this", "AND=that"};
  ::setenv("SANDBOX_TEST_LEAK", "1", 1);
  sandbox::Outcome outcome = sandbox::run(policy);
  ::unsetenv("SANDBOX_TEST_LEAK");
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(slurp(policy.stdout_path) == "ONLY=this\nAND=that\n");
}

TEST_CASE("sandbox: the program starts with only stdin, stdout and stderr", "[sandbox]") {
  TempDir dir;
  fs::path exe = compile(dir, "fds", R"(
    #include <fcntl.h>
    #include <stdio.h>
    int main(void) {
      int open_fds = 0;
      for (int fd = 0; fd < 1024; ++fd) if (fcntl(fd, F_GETFD) != -1) ++open_fds;
      printf("%d\n", open_fds);
      return 0;
    })");
  sandbox::Outcome outcome = sandbox::run(policy_for(dir, exe));
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  CHECK(slurp(dir.path / "stdout.txt") == "3\n");
}

TEST_CASE("sandbox: the Compiler profile runs g++", "[sandbox][compiler]") {
  TempDir dir(0777);  // the compiler, as nobody, writes its output here
  write_file(dir.path / "hello.cpp", "#include <cstdio>\nint main() { std::puts(\"compiled\"); }\n");
  ::chmod((dir.path / "hello.cpp").c_str(), 0644);

  sandbox::Policy compile_policy;
  compile_policy.argv = {"/usr/bin/g++", "-O0", "-pipe", "-o", "hello", "hello.cpp"};
  compile_policy.env = {"PATH=/usr/bin:/bin", "TMPDIR=."};
  compile_policy.workdir = dir.path;
  compile_policy.stdout_path = dir.path / "compile.log";
  compile_policy.stderr_path = dir.path / "compile.log";
  compile_policy.cpu_limit = 20000ms;
  compile_policy.wall_limit = 40000ms;
  compile_policy.memory_bytes = 1024ull << 20;
  compile_policy.stack_bytes = 64ull << 20;
  compile_policy.output_bytes = 64ull << 20;
  // Every process of uid nobody counts, other runs' too (tests running in
  // parallel): room enough that the compiler's own never hit it.
  compile_policy.max_processes = 64;
  compile_policy.max_open_files = 256;
  compile_policy.seccomp = SeccompProfile::Compiler;
  sandbox::Outcome compiled = sandbox::run(compile_policy);
  INFO(describe(compiled) << " log='" << slurp(dir.path / "compile.log") << "'");
  REQUIRE(compiled.error.empty());
  REQUIRE(compiled.exited);
  REQUIRE(compiled.exit_code == 0);
  CHECK(compiled.limit == Limit::None);

  sandbox::Outcome ran = sandbox::run(policy_for(dir, dir.path / "hello"));
  INFO(describe(ran));
  REQUIRE(ran.error.empty());
  CHECK(slurp(dir.path / "stdout.txt") == "compiled\n");
}

TEST_CASE("sandbox: the Compiler profile still forbids the dangerous families", "[sandbox][compiler]") {
  TempDir dir;
  fs::path exe = compile(dir, "bad_driver", R"(
    #define _GNU_SOURCE
    #include <sched.h>
    #include <signal.h>
    #include <stdio.h>
    #include <string.h>
    #include <sys/socket.h>
    #include <sys/syscall.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      if (argc > 1 && !strcmp(argv[1], "socket")) printf("ok: %d\n", socket(AF_INET, SOCK_DGRAM, 0));
      if (argc > 1 && !strcmp(argv[1], "clone_newuser")) {
        long pid = syscall(SYS_clone, CLONE_NEWUSER | SIGCHLD, 0, 0, 0, 0);
        if (pid == 0) _exit(0);
        printf("ok: %ld\n", pid);
      }
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.seccomp = SeccompProfile::Compiler;
  policy.max_processes = 64;
  SECTION("a new user namespace is a forbidden call") {
    policy.argv.push_back("clone_newuser");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::Syscall);
    CHECK(outcome.syscall == "clone");
    CHECK(slurp(policy.stdout_path).empty());
  }
  SECTION("an inet socket fails with EACCES, the compile goes on (javac's JVM probes IPv4/IPv6)") {
    policy.argv.push_back("socket");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::None);
    CHECK(slurp(policy.stdout_path) == "ok: -1\n");
  }
}

TEST_CASE("sandbox: nothing a Compiler run started survives it", "[sandbox][compiler]") {
  TempDir dir;
  fs::path exe = compile(dir, "leaver", R"(
    #include <stdio.h>
    #include <sys/prctl.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      pid_t pid = fork();
      if (pid < 0) return 1;
      if (pid == 0) { prctl(PR_SET_NAME, argv[1]); sleep(30); _exit(0); }
      printf("%d\n", (int)pid);
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.seccomp = SeccompProfile::Compiler;
  policy.max_processes = 64;  // see above: the uid's other processes count
  const std::string name = "left" + std::to_string(::getpid());
  policy.argv.push_back(name);
  sandbox::Outcome outcome = sandbox::run(policy);
  INFO(describe(outcome));
  REQUIRE(outcome.error.empty());
  REQUIRE(outcome.exited);
  REQUIRE(outcome.exit_code == 0);
  pid_t left = std::stoi(slurp(policy.stdout_path));
  REQUIRE(left > 0);
  // In a pid namespace that pid is the namespace's: look for the name.
  CHECK(processes_named(name) == 0);
  if (!has_layer("pid_namespace")) {
    errno = 0;
    CHECK(::kill(left, 0) == -1);
    CHECK(errno == ESRCH);
  }
}

TEST_CASE("sandbox: a ProgramSocketsFail program's inet sockets fail, the rest is a Program's", "[sandbox][seccomp]") {
  TempDir dir;
  fs::path exe = compile(dir, "sockets", R"C(
    #include <errno.h>
    #include <netinet/in.h>
    #include <stdio.h>
    #include <string.h>
    #include <sys/socket.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      if (!strcmp(argv[1], "inet")) {
        int v4 = socket(AF_INET, SOCK_STREAM, 0), e4 = errno;
        int v6 = socket(AF_INET6, SOCK_DGRAM, 0), e6 = errno;
        printf("%d %d %d %d\n", v4, e4 == EACCES, v6, e6 == EACCES);
      } else if (!strcmp(argv[1], "netlink")) {
        printf("%d\n", socket(AF_NETLINK, SOCK_RAW, 0) >= 0 || errno == EACCES);
      } else {
        printf("%d\n", (int)fork());
      }
      return 0;
    })C");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.seccomp = SeccompProfile::ProgramSocketsFail;
  SECTION("IPv4 and IPv6 sockets fail with EACCES, the run goes on") {
    policy.argv.push_back("inet");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::None);
    CHECK(outcome.exit_code == 0);
    CHECK(slurp(policy.stdout_path) == "-1 1 -1 1\n");
  }
  SECTION("so does any family but AF_UNIX") {
    policy.argv.push_back("netlink");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    CHECK(outcome.limit == Limit::None);
    CHECK(slurp(policy.stdout_path) == "1\n");
  }
  SECTION("a fork is still a forbidden call") {
    policy.argv.push_back("fork");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::Syscall);
    CHECK(outcome.syscall == "clone");
  }
}

TEST_CASE("sandbox: a ForkingProgram may fork, never exec, and no more than max_processes", "[sandbox][seccomp]") {
  TempDir dir;
  fs::path exe = compile(dir, "forker", R"C(
    #include <stdio.h>
    #include <string.h>
    #include <sys/wait.h>
    #include <unistd.h>
    int main(int argc, char** argv) {
      if (!strcmp(argv[1], "children")) {
        for (int i = 0; i < 2; ++i) {
          pid_t pid = fork();
          if (pid < 0) return 1;
          if (pid == 0) _exit(7);
          int status = 0;
          if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 7) return 2;
        }
        printf("two children\n");
      } else if (!strcmp(argv[1], "exec")) {
        pid_t pid = fork();
        if (pid == 0) {
          char* args[] = {(char*)"/bin/true", 0};
          execv(args[0], args);
          _exit(3);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        printf("exec in a child: %d\n", status);
      } else {
        int made = 0;
        for (int i = 0; i < 200; ++i) {
          pid_t pid = fork();
          if (pid < 0) break;
          if (pid == 0) { sleep(5); _exit(0); }
          ++made;
        }
        printf("%d\n", made);
      }
      return 0;
    })C");
  sandbox::Policy policy = policy_for(dir, exe);
  policy.seccomp = SeccompProfile::ForkingProgram;
  policy.max_processes = 4;
  SECTION("copies of itself run") {
    policy.argv.push_back("children");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::None);
    CHECK(outcome.exit_code == 0);
    CHECK(slurp(policy.stdout_path) == "two children\n");
  }
  SECTION("a child's exec is forbidden and named") {
    policy.argv.push_back("exec");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::Syscall);
    CHECK(outcome.syscall == "execve");
  }
  SECTION("a fork bomb stops at max_processes") {
    if (::geteuid() != 0 && !has_layer("cgroup_pids")) {
      WARN("skipped: the process limit needs a pids cgroup or, as root, a uid of the program's own");
      return;
    }
    policy.argv.push_back("bomb");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    REQUIRE(outcome.error.empty());
    CHECK(outcome.limit == Limit::None);
    CHECK(outcome.exited);
    CHECK(std::stoi(slurp(policy.stdout_path)) < 4);
  }
}

TEST_CASE("sandbox: setup failures are errors that name the step", "[sandbox]") {
  TempDir dir;
  SECTION("missing executable") {
    sandbox::Policy policy = policy_for(dir, dir.path / "no" / "such" / "program");
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    CHECK(outcome.error == "execve " + (dir.path / "no/such/program").string() + ": No such file or directory");
  }
  SECTION("missing workdir") {
    sandbox::Policy policy = policy_for(dir, "/bin/true");
    policy.workdir = dir.path / "gone";
    sandbox::Outcome outcome = sandbox::run(policy);
    INFO(describe(outcome));
    CHECK(outcome.error.find("chdir") != std::string::npos);
    CHECK(outcome.error.find("gone") != std::string::npos);
  }
  SECTION("unreadable stdin") {
    sandbox::Policy policy = policy_for(dir, "/bin/true");
    policy.stdin_path = dir.path / "absent.txt";
    sandbox::Outcome outcome = sandbox::run(policy);
    CHECK(outcome.error.find("absent.txt") != std::string::npos);
  }
  SECTION("empty argv") {
    sandbox::Policy policy = policy_for(dir, "/bin/true");
    policy.argv.clear();
    CHECK_FALSE(sandbox::run(policy).error.empty());
  }
}

TEST_CASE("sandbox: as root the program runs as its box's uid, or as Policy::uid", "[sandbox][root]") {
  if (::geteuid() != 0) {
    WARN("skipped: needs root");
    return;
  }
  TempDir dir;
  fs::path exe = compile(dir, "whoami", R"(
    #include <stdio.h>
    #include <unistd.h>
    int main(void) {
      gid_t groups[8];
      printf("%d %d %d\n", (int)getuid(), (int)getgid(), getgroups(8, groups));
      return 0;
    })");
  sandbox::Policy policy = policy_for(dir, exe);
  sandbox::Outcome outcome = sandbox::run(policy);
  REQUIRE(outcome.error.empty());
  // 60000 + the box's index, as isolate numbers its boxes.
  int uid = -1, gid = -1, groups = -1;
  REQUIRE(std::sscanf(slurp(policy.stdout_path).c_str(), "%d %d %d", &uid, &gid, &groups) == 3);
  CHECK(uid >= 60000);
  CHECK(uid < 61000);
  CHECK(gid == uid);
  CHECK(groups == 0);

  policy.uid = 12345;
  policy.gid = 23456;
  outcome = sandbox::run(policy);
  REQUIRE(outcome.error.empty());
  CHECK(slurp(policy.stdout_path) == "12345 23456 0\n");
}

TEST_CASE("sandbox: active layers reflect this process", "[sandbox]") {
  std::vector<std::string> layers = sandbox::active_layers();
  CHECK(has_layer("rlimits"));
  CHECK(has_layer("seccomp"));
  CHECK(has_layer("seccomp_notify"));
  CHECK(has_layer("no_new_privs"));
  CHECK(has_layer("clean_env"));
  CHECK(has_layer("watchdog"));
  CHECK(has_layer("process_group_kill"));
  CHECK(has_layer("uid_drop") == (::geteuid() == 0));
  CHECK(sandbox::active_layers() == layers);  // stable
}

TEST_CASE("sandbox: to_string names every limit", "[sandbox]") {
  CHECK(sandbox::to_string(Limit::None) == "none");
  CHECK(sandbox::to_string(Limit::CpuTime) == "cpu_time");
  CHECK(sandbox::to_string(Limit::WallTime) == "wall_time");
  CHECK(sandbox::to_string(Limit::Memory) == "memory");
  CHECK(sandbox::to_string(Limit::Output) == "output");
  CHECK(sandbox::to_string(Limit::Syscall) == "syscall");
}
