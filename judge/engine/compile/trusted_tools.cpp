#include "trusted_tools.h"

#include <boost/process.hpp>
#include <boost/process/extend.hpp>
#include <fmt/format.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include "engine/base/errors.h"
#include "engine/base/file_publish.h"
#include "engine/base/file_text.h"
#include "engine/base/hashing.h"

namespace judge {
namespace fs = std::filesystem;
namespace bp = boost::process;

namespace {

const char* kCompiler = "/usr/bin/g++";
const std::vector<std::string> kFlags = {"-std=gnu++20", "-O2", "-pipe"};

std::string mebibytes(std::uint64_t bytes) { return fmt::format("{} MiB", bytes >> 20); }

std::uintmax_t size_or_zero(const fs::path& file) {
  std::error_code ec;
  std::uintmax_t size = fs::file_size(file, ec);
  return ec ? 0 : size;
}

// The compiler's first error, which is the one to fix, on one line.
std::string first_error(const std::string& log) {
  std::size_t at = log.find("error:");
  if (at == std::string::npos) return one_line(log);
  std::size_t start = log.rfind('\n', at);
  start = start == std::string::npos ? 0 : start + 1;
  std::size_t end = log.find('\n', at);
  return one_line(log.substr(start, end == std::string::npos ? std::string::npos : end - start));
}

// Failed generator calls by binary and argv, so that a second call (the
// grading after calibration, validate's second run) fails at once.
std::mutex failed_calls_mutex;
std::map<std::string, std::string> failed_calls;

}  // namespace

std::string signal_name(int signal) {
  if (const char* abbrev = sigabbrev_np(signal)) return std::string("SIG") + abbrev;
  return fmt::format("signal {}", signal);
}

ToolExit run_tool(const fs::path& binary, const std::vector<std::string>& args, const fs::path& stdout_file,
                  const fs::path& stderr_file, const ToolLimits& limits) {
  // One byte over the cap is what tells a tool stopped there from one that
  // wrote exactly the cap.
  const rlim_t file_cap = static_cast<rlim_t>(limits.output_bytes + 1);
  auto in_child = [file_cap](auto&) {
    // Between fork and exec: async-signal-safe calls only.
    ::setpgid(0, 0);
    rlimit size{file_cap, file_cap};
    ::setrlimit(RLIMIT_FSIZE, &size);
    rlimit no_core{0, 0};
    ::setrlimit(RLIMIT_CORE, &no_core);
    // The judge ignores SIGPIPE, and an ignored SIGXFSZ would let a tool
    // carry on past its cap with its writes failing.
    ::signal(SIGXFSZ, SIG_DFL);
    ::signal(SIGPIPE, SIG_DFL);
  };
  std::error_code ec;
  bp::child child(binary.string(), bp::args(args), bp::std_in<bp::null, bp::std_out> stdout_file.string(),
                  bp::std_err > stderr_file.string(), bp::extend::on_exec_setup = in_child, ec);
  if (ec) {
    if (ec.value() == E2BIG)
      throw InputError(fmt::format("{}: its arguments are too long for the system ({} bytes): shorten them",
                                   binary.filename().string(), [&] {
                                     std::size_t total = 0;
                                     for (const auto& a : args) total += a.size() + 1;
                                     return total;
                                   }()));
    throw InternalError(fmt::format("cannot run {}: {}", binary.string(), ec.message()));
  }
  const pid_t group = child.id();
  // Whatever it started goes with it, finished or not; killed while the
  // tool is a zombie at worst, so the group's id is still its own.
  auto kill_group = [group] { ::kill(-group, SIGKILL); };
  ToolExit result;
  result.timed_out = !wait_for_exit(child, limits.wall, kill_group);
  if (result.timed_out) {
    kill_group();
    child.wait(ec);
    result.failure = fmt::format("ran longer than {} s (its wall limit)", limits.wall.count() / 1000);
    return result;
  }
  result.status = child.native_exit_code();
  if (size_or_zero(stdout_file) > limits.output_bytes || size_or_zero(stderr_file) > limits.output_bytes ||
      (WIFSIGNALED(result.status) && WTERMSIG(result.status) == SIGXFSZ)) {
    result.over_output = true;
    result.failure = fmt::format("wrote more than {} (its output cap)", mebibytes(limits.output_bytes));
  } else if (WIFSIGNALED(result.status)) {
    result.failure = fmt::format("was killed by {}", signal_name(WTERMSIG(result.status)));
  } else if (WIFEXITED(result.status) && WEXITSTATUS(result.status) != 0) {
    result.failure = fmt::format("failed with exit code {}", WEXITSTATUS(result.status));
  }
  return result;
}

bool wait_for_exit(bp::child& child, std::chrono::milliseconds limit, const std::function<void()>& before_reap) {
  auto deadline = std::chrono::steady_clock::now() + limit;
  int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, child.id(), 0));
  if (pidfd >= 0) {
    // A pidfd becomes readable when the process exits: no polling, no race.
    while (true) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() < 0) left = std::chrono::milliseconds(0);
      pollfd entry{pidfd, POLLIN, 0};
      int ready = ::poll(&entry, 1, static_cast<int>(left.count()));
      if (ready < 0 && errno == EINTR) continue;
      ::close(pidfd);
      if (ready <= 0) return false;
      break;
    }
  } else {
    // Old kernels: poll the child's state, leaving it unreaped (WNOWAIT).
    while (true) {
      siginfo_t info{};
      if (::waitid(P_PID, child.id(), &info, WEXITED | WNOHANG | WNOWAIT) != 0 || info.si_pid != 0) break;
      if (std::chrono::steady_clock::now() >= deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  // Until it is reaped the exited child keeps its pid (and so its process
  // group's id) from being reused.
  if (before_reap) before_reap();
  std::error_code ec;
  child.wait(ec);
  return true;
}

fs::path build_tool(const fs::path& cache, const fs::path& source) {
  if (!fs::is_regular_file(source)) throw InputError(fmt::format("{}: no such file", source.string()));
  // Headers beside the source (testlib.h, shared helpers) are part of the key.
  Hasher key;
  key.add(kCompiler);
  for (const auto& flag : kFlags) key.add(flag);
  key.add_file(source);
  std::vector<fs::path> headers;
  for (const auto& entry : fs::directory_iterator(source.parent_path())) {
    if (entry.path().extension() != ".h" && entry.path().extension() != ".hpp") continue;
    // A folder or a fifo named like a header would fail the hash (or hang
    // it) with no word of which file is wrong.
    if (!entry.is_regular_file())
      throw InputError(fmt::format("{}: not a regular file: a header beside {} must be a file (rename or remove it)",
                                   entry.path().string(), source.filename().string()));
    headers.push_back(entry.path());
  }
  std::sort(headers.begin(), headers.end());
  for (const auto& header : headers) key.add(header.filename().string()).add_file(header);

  const fs::path dir = cache_folder(cache / "tools", CacheAccess::Traversable);
  fs::path binary = dir / (key.hex() + "-" + source.stem().string());
  if (fs::exists(binary)) return binary;

  fs::path temporary = temporary_beside(binary);
  fs::path log = fs::path(temporary).concat(".log");
  std::vector<std::string> args = kFlags;
  args.insert(args.end(), {"-I", source.parent_path().string(), "-o", temporary.string(), source.string()});
  ToolExit compiled = run_tool(kCompiler, args, "/dev/null", log, kToolCompileLimits);
  std::error_code ec;
  if (compiled.timed_out) {
    fs::remove(log, ec);
    fs::remove(temporary, ec);
    throw InputError(fmt::format("{}: compiling it took longer than {} s", source.string(),
                                 kToolCompileLimits.wall.count() / 1000));
  }
  if (!compiled.failure.empty()) {
    std::string errors = read_head(log, 1500);
    fs::remove(log, ec);
    fs::remove(temporary, ec);
    throw InputError(fmt::format("{}: does not compile: {}", source.string(),
                                 errors.empty() ? compiled.failure : first_error(errors)));
  }
  fs::remove(log, ec);
  ::chmod(temporary.c_str(), 0755);
  publish_file(temporary, binary);
  return binary;
}

void run_generator(const fs::path& binary, const std::vector<std::string>& args, std::uint64_t seed,
                   const fs::path& output, const std::string& display_name) {
  std::vector<std::string> argv = args;
  argv.push_back(std::to_string(seed));
  std::string command = fmt::format("{} {}", display_name, fmt::join(argv, " "));
  const std::string call_key = fmt::format("{}\n{}", binary.string(), fmt::join(argv, "\n"));
  {
    std::lock_guard lock(failed_calls_mutex);
    if (auto it = failed_calls.find(call_key); it != failed_calls.end()) throw InputError(it->second);
  }
  fs::path temporary = temporary_beside(output);
  fs::path log = fs::path(temporary).concat(".log");
  ToolExit ran = run_tool(binary, argv, temporary, log, kGeneratorLimits);
  std::string errors = one_line(read_head(log, 1000));
  std::error_code ec;
  fs::remove(log, ec);
  if (!ran.failure.empty()) {
    fs::remove(temporary, ec);
    std::string message = fmt::format("generator '{}' {}{}", command, ran.failure,
                                      errors.empty() || ran.timed_out ? "" : ": " + errors);
    std::lock_guard lock(failed_calls_mutex);
    failed_calls.emplace(call_key, message);
    throw InputError(message);
  }
  publish_file(temporary, output);
}

}  // namespace judge
