// sandbox-overhead: what the judge's sandbox costs per run, measured against
// a bare fork+exec+wait of the same program (the floor) and against
// bubblewrap with every namespace, all in one process so the three share the
// machine's state. Only ratios measured in the same run mean anything: the
// absolute figures move with the machine's load.
//
// The program is a trivial glibc-static binary (`int main(){return 0;}`)
// compiled at start into a temporary directory, so what is measured is the
// launch and the reaping, not the dynamic loader or the program.
//
// The variants run interleaved, the order rotating every round (1 2 3,
// 2 3 1, 3 1 2, ...), so that a burst of noise on a shared machine hits all
// of them alike and none always follows the same one: work a launch leaves
// behind (bubblewrap's namespaces are torn down by a kernel worker after it
// exits; the judge's box keeper arms its next child once the run is over)
// lands on each of the others equally often. The median time says how long
// a caller waits; the "cpu/run" column says what the machine paid: all its
// CPU time (kernel workers included) from the start of a launch to the
// start of the next one, deferred work mostly included. --settle-ms adds an
// untimed pause after each launch, which puts all of a launch's deferred
// work in its own window, at the price of waking idle CPUs for every
// launch (which costs the judge's hand-offs between processes more than a
// bare fork).
#include <fcntl.h>
#include <fmt/format.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "sandbox/sandbox.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kWarmupRounds = 10;        // not measured: page cache, first-call setup
constexpr double kTargetRatio = 1.5;     // the goal for the judge's sandbox
constexpr double kMaxFailureShare = 0.01;
constexpr int kDefaultSettleMs = 0;

// CPU time the whole machine has spent, in ms: the root cgroup's counter
// (nanoseconds; kernel workers included), else /proc/stat's ticks.
double machine_cpu_ms() {
  for (const char* path : {"/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage"}) {
    std::ifstream in(path);
    unsigned long long ns = 0;
    if (in >> ns) return static_cast<double>(ns) / 1e6;
  }
  {
    std::ifstream in("/sys/fs/cgroup/cpu.stat");  // cgroup v2's root
    std::string key;
    unsigned long long us = 0;
    while (in >> key >> us)
      if (key == "usage_usec") return static_cast<double>(us) / 1e3;
  }
  std::ifstream in("/proc/stat");
  std::string cpu;
  unsigned long long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
  if (!(in >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal)) return NAN;
  return static_cast<double>(user + nice + system + irq + softirq + steal) * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

volatile sig_atomic_t g_stop = 0;
extern "C" void on_signal(int signo) { g_stop = signo; }

void install_signal_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  for (int signo : {SIGINT, SIGTERM, SIGHUP}) sigaction(signo, &action, nullptr);
}

// ---------------------------------------------------------------------------
// The temporary directory: removed however main() returns.

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "sandbox-overhead.XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::system_error(errno, std::generic_category(), "mkdtemp");
    path_ = pattern;
    // The sandboxed program runs as uid 65534 and must reach its binary.
    ::chmod(path_.c_str(), 0755);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
    if (ec) fmt::print(stderr, "sandbox-overhead: cannot remove {}: {}\n", path_.string(), ec.message());
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// ---------------------------------------------------------------------------
// Launching without the sandbox: fork, execve, waitpid.

struct Launch {
  std::vector<std::string> argv;
  std::vector<char*> argv_ptrs;  // prepared before fork: the child may not allocate
  std::vector<char*> env_ptrs;

  Launch(std::vector<std::string> args, const std::vector<std::string>& env) : argv(std::move(args)) {
    for (std::string& a : argv) argv_ptrs.push_back(a.data());
    argv_ptrs.push_back(nullptr);
    env_storage = env;
    for (std::string& e : env_storage) env_ptrs.push_back(e.data());
    env_ptrs.push_back(nullptr);
  }

 private:
  std::vector<std::string> env_storage;
};

// -1: could not start or reap. Otherwise the wait status. stdin and stdout
// are /dev/null; stderr goes to err_fd (or /dev/null when -1).
int fork_exec_wait(const Launch& launch, int null_fd, int err_fd) {
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    dup2(null_fd, 0);
    dup2(null_fd, 1);
    dup2(err_fd >= 0 ? err_fd : null_fd, 2);
    execve(launch.argv_ptrs[0], launch.argv_ptrs.data(), launch.env_ptrs.data());
    _exit(127);
  }
  int status = 0;
  pid_t reaped;
  do reaped = waitpid(pid, &status, 0);
  while (reaped < 0 && errno == EINTR);
  return reaped == pid ? status : -1;
}

bool succeeded(int status) { return status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0; }

std::string describe_status(int status) {
  if (status < 0) return "could not start or reap the process";
  if (WIFEXITED(status)) return fmt::format("exit code {}", WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return fmt::format("killed by signal {}", WTERMSIG(status));
  return fmt::format("wait status {}", status);
}

// Runs argv (with PATH lookup) to the end, its output captured; for the
// compiler and the bubblewrap check, not for anything measured.
std::optional<std::string> run_capture(const std::vector<std::string>& argv, int& status) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return std::nullopt;
  std::vector<std::string> args = argv;
  std::vector<char*> ptrs;
  for (std::string& a : args) ptrs.push_back(a.data());
  ptrs.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return std::nullopt;
  }
  if (pid == 0) {
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) dup2(null_fd, 0);
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    execvp(ptrs[0], ptrs.data());
    _exit(127);
  }
  close(fds[1]);
  std::string output;
  char buffer[4096];
  for (;;) {
    ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n > 0) output.append(buffer, static_cast<std::size_t>(n));
    else if (n < 0 && errno == EINTR) continue;
    else break;
  }
  close(fds[0]);
  pid_t reaped;
  do reaped = waitpid(pid, &status, 0);
  while (reaped < 0 && errno == EINTR);
  if (reaped != pid) status = -1;
  return output;
}

std::optional<std::string> find_in_path(std::string_view name) {
  const char* path = getenv("PATH");
  std::string_view dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  while (!dirs.empty()) {
    std::size_t colon = dirs.find(':');
    std::string_view dir = dirs.substr(0, colon);
    dirs = colon == std::string_view::npos ? std::string_view{} : dirs.substr(colon + 1);
    if (dir.empty()) continue;
    std::string candidate = fmt::format("{}/{}", dir, name);
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------
// Statistics.

// Linear interpolation between closest ranks (the usual "type 7").
double quantile(std::vector<double> sorted, double q) {
  if (sorted.empty()) return NAN;
  std::sort(sorted.begin(), sorted.end());
  double pos = q * static_cast<double>(sorted.size() - 1);
  auto lo = static_cast<std::size_t>(std::floor(pos));
  std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - static_cast<double>(lo));
}

struct Variant {
  Variant(std::string k, std::string l) : key(std::move(k)), label(std::move(l)) {}
  Variant() = default;

  std::string key;    // for --json
  std::string label;  // for the table
  bool enabled = true;
  std::string note;   // why it is skipped, or anything the reader should know
  std::vector<double> ms;
  double cpu_ms = 0;  // the machine's, summed over the measured launches and their pauses
  int failures = 0;
  std::string first_failure;

  void fail(std::string why) {
    ++failures;
    if (first_failure.empty()) first_failure = std::move(why);
  }
  int attempts() const { return static_cast<int>(ms.size()) + failures; }
  double median() const { return quantile(ms, 0.5); }
  double cpu_per_run() const { return ms.empty() ? NAN : cpu_ms / static_cast<double>(ms.size()); }
  double failure_share() const { return attempts() ? static_cast<double>(failures) / attempts() : 0.0; }
};

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else out += c;
    }
  }
  return out + "\"";
}

std::string json_number(double x) { return std::isfinite(x) ? fmt::format("{:.4f}", x) : "null"; }

std::string first_line(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  std::size_t nl = text.find('\n');
  return std::string(nl == std::string_view::npos ? text : text.substr(0, nl));
}

int cpu_count() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
  return static_cast<int>(sysconf(_SC_NPROCESSORS_ONLN));
}

std::string kernel_release() {
  utsname u{};
  return uname(&u) == 0 ? u.release : "unknown";
}

// The 1-minute load average: how busy the shared machine was.
double load_average() {
  double load = NAN;
  if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf", &load) != 1) load = NAN;
    std::fclose(f);
  }
  return load;
}

void usage(std::FILE* to) {
  fmt::print(to,
             "usage: sandbox-overhead [--runs N] [--json] [--settle-ms MS] [--bwrap PATH | --no-bwrap]\n"
             "  --runs N     runs of each variant (default 500; the official figure needs >= 500)\n"
             "  --settle-ms MS  pause after each launch, not timed (default 0)\n"
             "  --json       machine-readable output\n"
             "  --bwrap PATH bubblewrap to compare with (default: bwrap from PATH)\n"
             "  --no-bwrap   skip the bubblewrap variant\n");
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 500;
  int settle_ms = kDefaultSettleMs;
  bool json = false;
  bool want_bwrap = true;
  std::string bwrap_arg;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        fmt::print(stderr, "sandbox-overhead: {} needs a value\n", arg);
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--runs") {
      std::string v = value();
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (end == v.c_str() || *end != '\0' || n < 1 || n > 10'000'000) {
        fmt::print(stderr, "sandbox-overhead: --runs needs a positive integer, not '{}'\n", v);
        return 2;
      }
      runs = static_cast<int>(n);
    } else if (arg == "--settle-ms") {
      std::string v = value();
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (end == v.c_str() || *end != '\0' || n < 0 || n > 1000) {
        fmt::print(stderr, "sandbox-overhead: --settle-ms needs an integer from 0 to 1000, not '{}'\n", v);
        return 2;
      }
      settle_ms = static_cast<int>(n);
    } else if (arg == "--json") {
      json = true;
    } else if (arg == "--bwrap") {
      bwrap_arg = value();
    } else if (arg == "--no-bwrap") {
      want_bwrap = false;
    } else if (arg == "-h" || arg == "--help") {
      usage(stdout);
      return 0;
    } else {
      fmt::print(stderr, "sandbox-overhead: unknown argument '{}'\n", arg);
      usage(stderr);
      return 2;
    }
  }

  install_signal_handlers();
  std::optional<TempDir> temp;
  try {
    temp.emplace();
  } catch (const std::exception& e) {
    fmt::print(stderr, "sandbox-overhead: {}\n", e.what());
    return 1;
  }
  const fs::path dir = temp->path();
  const fs::path binary = dir / "true-static";
  const fs::path io = dir / "io";  // the judge's side: input and output files, not the program's

  // The program under test.
  {
    std::ofstream(dir / "true.cpp") << "int main() { return 0; }\n";
    int status = 0;
    auto output = run_capture({"g++", "-static", "-O2", "-o", binary.string(), (dir / "true.cpp").string()}, status);
    if (!output || !succeeded(status)) {
      fmt::print(stderr, "sandbox-overhead: cannot compile the static test binary with g++ -static ({}):\n{}\n",
                 describe_status(status), output.value_or(""));
      return 1;
    }
    ::chmod(binary.c_str(), 0755);
    std::error_code ec;
    fs::create_directory(io, ec);
    ::chmod(io.c_str(), 0700);
    std::ofstream(io / "input.txt");
  }

  const int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null_fd < 0) {
    fmt::print(stderr, "sandbox-overhead: open /dev/null: {}\n", std::strerror(errno));
    return 1;
  }
  // The environment a candidate's program gets (judge/engine/language/run_program.cpp).
  const std::vector<std::string> program_env = {"PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8",
                                                "LC_ALL=C.UTF-8", "HOME=/nonexistent", "TMPDIR=."};

  // (1) The floor.
  const Launch floor_launch({binary.string()}, program_env);

  // (2) The judge's sandbox, as run_program sets it up for a candidate.
  sandbox::Policy policy;
  policy.argv = {binary.string()};
  policy.env = program_env;
  policy.workdir = dir;
  policy.stdin_path = io / "input.txt";
  policy.stdout_path = io / "output.txt";
  policy.stderr_path = io / "errors.txt";
  policy.cpu_limit = std::chrono::milliseconds(1000);
  policy.wall_limit = std::chrono::milliseconds(3000);
  policy.memory_bytes = 256ull << 20;
  policy.stack_bytes = 0;
  policy.output_bytes = 64ull << 20;
  policy.max_processes = 1;
  policy.max_open_files = 64;
  policy.seccomp = sandbox::SeccompProfile::Program;

  // (3) Bubblewrap with every namespace.
  std::optional<std::string> bwrap_path;
  if (want_bwrap) bwrap_path = bwrap_arg.empty() ? find_in_path("bwrap") : std::optional(bwrap_arg);
  std::vector<std::string> bwrap_argv;
  if (bwrap_path) {
    bwrap_argv = {*bwrap_path, "--unshare-all",  "--ro-bind",    "/usr",        "/usr",
                  "--symlink", "usr/lib64",      "/lib64",       "--symlink",   "usr/lib",
                  "/lib",      "--symlink",      "usr/bin",      "/bin",        "--ro-bind",
                  dir.string(), dir.string(),    "--proc",       "/proc",       "--dev",
                  "/dev",      "--die-with-parent", binary.string()};
  }
  const Launch bwrap_launch(bwrap_argv.empty() ? std::vector<std::string>{"/bin/false"} : bwrap_argv,
                            program_env);

  Variant floor_v{"floor", "fork+exec+wait (floor)"};
  Variant sandbox_v{"judge_sandbox", "judge sandbox"};
  Variant bwrap_v{"bwrap", "bwrap --unshare-all"};

  // Check every variant once before measuring anything.
  if (int status = fork_exec_wait(floor_launch, null_fd, -1); !succeeded(status)) {
    fmt::print(stderr, "sandbox-overhead: the test binary does not run bare: {}\n", describe_status(status));
    return 1;
  }
  {
    sandbox::Outcome o = sandbox::run(policy);
    if (!o.error.empty() || !o.exited || o.exit_code != 0 || o.limit != sandbox::Limit::None) {
      fmt::print(stderr, "sandbox-overhead: the test binary does not run in the judge's sandbox: {}\n",
                 !o.error.empty() ? o.error
                 : o.exited       ? fmt::format("exit code {}, limit {}", o.exit_code, sandbox::to_string(o.limit))
                                  : fmt::format("signal {}, limit {}", o.term_signal, sandbox::to_string(o.limit)));
      return 1;
    }
  }
  if (!want_bwrap) {
    bwrap_v.enabled = false;
    bwrap_v.note = "skipped (--no-bwrap)";
  } else if (!bwrap_path) {
    bwrap_v.enabled = false;
    bwrap_v.note = "skipped: bwrap not found in PATH (Debian package bubblewrap)";
  } else {
    int status = 0;
    auto output = run_capture(bwrap_argv, status);
    if (!output || !succeeded(status)) {
      bwrap_v.enabled = false;
      std::string why = first_line(output.value_or(""));
      bwrap_v.note = fmt::format("skipped: bwrap fails here ({}{}{})", describe_status(status),
                                 why.empty() ? "" : ": ", why);
    }
  }

  // Each time: from just before the launch to just after the reap; then
  // the pause, and the machine's CPU time over both.
  const auto settle = std::chrono::milliseconds(settle_ms);
  auto record = [&](Variant& v, Clock::time_point start, Clock::time_point end, double cpu_before) {
    std::this_thread::sleep_for(settle);
    v.ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    v.cpu_ms += machine_cpu_ms() - cpu_before;
  };
  auto measure_floor = [&](Variant& v, const Launch& launch) {
    const double cpu_before = machine_cpu_ms();
    Clock::time_point start = Clock::now();
    int status = fork_exec_wait(launch, null_fd, -1);
    Clock::time_point end = Clock::now();
    if (!succeeded(status)) return v.fail(describe_status(status));
    record(v, start, end, cpu_before);
  };
  auto measure_sandbox = [&](Variant& v) {
    const double cpu_before = machine_cpu_ms();
    Clock::time_point start = Clock::now();
    sandbox::Outcome o = sandbox::run(policy);
    Clock::time_point end = Clock::now();
    if (!o.error.empty()) return v.fail("sandbox error: " + o.error);
    if (!o.exited) return v.fail(fmt::format("killed by signal {} ({})", o.term_signal, sandbox::to_string(o.limit)));
    if (o.exit_code != 0) return v.fail(fmt::format("exit code {}", o.exit_code));
    if (o.limit != sandbox::Limit::None) return v.fail("limit " + sandbox::to_string(o.limit));
    record(v, start, end, cpu_before);
  };

  const double load_before = load_average();
  for (int round = 0; round < kWarmupRounds + runs && !g_stop; ++round) {
    Variant* floor_p = &floor_v;
    Variant* sandbox_p = &sandbox_v;
    Variant* bwrap_p = &bwrap_v;
    Variant scratch_floor, scratch_sandbox, scratch_bwrap;  // warm-up rounds are thrown away
    if (round < kWarmupRounds) {
      floor_p = &scratch_floor;
      sandbox_p = &scratch_sandbox;
      bwrap_p = &scratch_bwrap;
    }
    for (int step = 0; step < 3; ++step) {
      switch ((round + step) % 3) {
        case 0: measure_floor(*floor_p, floor_launch); break;
        case 1: measure_sandbox(*sandbox_p); break;
        case 2:
          if (bwrap_v.enabled) measure_floor(*bwrap_p, bwrap_launch);
          break;
      }
    }
  }
  close(null_fd);
  const double load_after = load_average();

  // Anything reparented to us (we are a child subreaper once the sandbox has
  // run) and already dead is reaped here; nothing should be left running.
  while (waitpid(-1, nullptr, WNOHANG) > 0) {
  }

  if (g_stop) {
    fmt::print(stderr, "sandbox-overhead: interrupted by signal {}\n", static_cast<int>(g_stop));
    return 128 + g_stop;
  }

  const std::vector<std::string> layers = sandbox::active_layers();
  std::string layer_list;
  for (const std::string& l : layers) layer_list += (layer_list.empty() ? "" : " ") + l;
  const double floor_median = floor_v.median();
  std::vector<Variant*> variants = {&floor_v, &sandbox_v, &bwrap_v};

  const double sandbox_ratio = sandbox_v.median() / floor_median;
  const bool below_bwrap = !bwrap_v.enabled || sandbox_v.median() < bwrap_v.median();
  const bool target_met = sandbox_ratio <= kTargetRatio && below_bwrap;
  bool too_many_failures = false;
  for (Variant* v : variants)
    if (v->enabled && v->failure_share() > kMaxFailureShare) too_many_failures = true;

  if (json) {
    std::string out = "{\n";
    out += fmt::format("  \"runs\": {},\n  \"warmup_rounds\": {},\n  \"interleaved\": true,\n  \"settle_ms\": {},\n", runs,
                       kWarmupRounds, settle_ms);
    out += "  \"binary\": \"glibc-static int main(){return 0;}\",\n";
    out += fmt::format("  \"machine\": {{\"nproc\": {}, \"kernel\": {}, \"load_before\": {}, \"load_after\": {}}},\n",
                       cpu_count(), json_string(kernel_release()), json_number(load_before), json_number(load_after));
    out += "  \"layers\": [";
    for (std::size_t i = 0; i < layers.size(); ++i) out += (i ? ", " : "") + json_string(layers[i]);
    out += "],\n  \"variants\": [\n";
    for (std::size_t i = 0; i < variants.size(); ++i) {
      const Variant& v = *variants[i];
      out += fmt::format("    {{\"name\": {}, \"label\": {}, \"measured\": {}", json_string(v.key),
                         json_string(v.label), v.enabled ? "true" : "false");
      if (v.enabled) {
        out += fmt::format(", \"median_ms\": {}, \"p10_ms\": {}, \"p90_ms\": {}, \"ratio\": {}, "
                           "\"cpu_ms_per_run\": {}, \"cpu_ratio\": {}, \"ok\": {}, \"failures\": {}",
                           json_number(v.median()), json_number(quantile(v.ms, 0.1)), json_number(quantile(v.ms, 0.9)),
                           json_number(v.median() / floor_median), json_number(v.cpu_per_run()),
                           json_number(v.cpu_per_run() / floor_v.cpu_per_run()), v.ms.size(), v.failures);
        if (!v.first_failure.empty()) out += fmt::format(", \"first_failure\": {}", json_string(v.first_failure));
      }
      if (!v.note.empty()) out += fmt::format(", \"note\": {}", json_string(v.note));
      out += i + 1 < variants.size() ? "},\n" : "}\n";
    }
    out += "  ],\n";
    out += fmt::format("  \"target\": {{\"max_ratio\": {}, \"below_bwrap\": {}, \"met\": {}}},\n", kTargetRatio,
                       bwrap_v.enabled ? (below_bwrap ? "true" : "false") : "null", target_met ? "true" : "false");
    out += fmt::format("  \"official\": {},\n  \"failed\": {}\n}}\n", runs >= 500 ? "true" : "false",
                       too_many_failures ? "true" : "false");
    fmt::print("{}", out);
  } else {
    fmt::print("sandbox overhead, {} runs each, interleaved{} (static binary)\n", runs,
               settle_ms > 0 ? fmt::format(", {} ms pause after each", settle_ms) : std::string());
    fmt::print("machine: nproc {}, kernel {}, load average {:.2f} before, {:.2f} after\n", cpu_count(),
               kernel_release(), load_before, load_after);
    fmt::print("layers: {}\n", layer_list);
    fmt::print("{:<24}{:>10}{:>10}{:>10}{:>9}{:>11}{:>9}{:>10}\n", "variant", "median", "p10", "p90", "ratio", "cpu/run",
               "ratio", "failures");
    for (const Variant* v : variants) {
      if (!v->enabled) {
        fmt::print("{:<24}{}\n", v->label, v->note);
        continue;
      }
      fmt::print("{:<24}{:>7.3f} ms{:>7.3f} ms{:>7.3f} ms{:>8.2f}x{:>8.3f} ms{:>8.2f}x{:>10}\n", v->label, v->median(),
                 quantile(v->ms, 0.1), quantile(v->ms, 0.9), v->median() / floor_median, v->cpu_per_run(),
                 v->cpu_per_run() / floor_v.cpu_per_run(), fmt::format("{}/{}", v->failures, v->attempts()));
    }
    fmt::print("target: judge sandbox <= {:.1f}x floor and below bwrap: {} (judge sandbox {:.2f}x{})\n", kTargetRatio,
               target_met ? "met" : "NOT met", sandbox_ratio,
               bwrap_v.enabled ? fmt::format(", bwrap {:.2f}x", bwrap_v.median() / floor_median)
                               : std::string(", bwrap not measured"));
    fmt::print("cpu/run: the whole machine's CPU time from the start of a launch to the start of the next (other load "
               "included)\n");
    if (runs < 500) fmt::print("note: {} runs is a smoke test; the official figure needs --runs 500 or more\n", runs);
  }

  for (const Variant* v : variants) {
    if (v->enabled && v->failures > 0)
      fmt::print(stderr, "sandbox-overhead: {}: {} of {} runs failed; first: {}\n", v->label, v->failures,
                 v->attempts(), v->first_failure);
  }
  if (too_many_failures) {
    fmt::print(stderr, "sandbox-overhead: more than {:.0f}% of the runs of a variant failed: the figures mean nothing\n",
               kMaxFailureShare * 100);
    return 1;
  }
  return 0;
}
