#include "trusted_tools.h"

#include <boost/process.hpp>
#include <fmt/format.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "errors.h"
#include "file_text.h"
#include "hashing.h"

namespace judge {
namespace fs = std::filesystem;
namespace bp = boost::process;

namespace {

const char* kCompiler = "/usr/bin/g++";
const std::vector<std::string> kFlags = {"-std=gnu++20", "-O2", "-pipe"};

}  // namespace

bool wait_for_exit(bp::child& child, std::chrono::milliseconds limit) {
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
    // Old kernels: poll the child's state.
    std::error_code ec;
    while (child.running(ec)) {
      if (std::chrono::steady_clock::now() >= deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  std::error_code ec;
  child.wait(ec);
  return true;
}

fs::path temporary_beside(const fs::path& final) {
  static std::atomic<unsigned> counter{0};
  return fs::path(final).concat(fmt::format(".tmp-{}-{}", getpid(), counter++));
}

void publish_file(const fs::path& temporary, const fs::path& final) {
  std::error_code ec;
  fs::rename(temporary, final, ec);
  if (ec) throw InternalError(fmt::format("cannot move {} to {}: {}", temporary.string(), final.string(), ec.message()));
}

fs::path build_tool(const fs::path& cache, const fs::path& source) {
  if (!fs::is_regular_file(source)) throw InputError(fmt::format("{}: no such file", source.string()));
  // Headers beside the source (testlib.h, shared helpers) are part of the key.
  Hasher key;
  key.add(kCompiler);
  for (const auto& flag : kFlags) key.add(flag);
  key.add_file(source);
  std::vector<fs::path> headers;
  for (const auto& entry : fs::directory_iterator(source.parent_path()))
    if (entry.path().extension() == ".h" || entry.path().extension() == ".hpp") headers.push_back(entry.path());
  std::sort(headers.begin(), headers.end());
  for (const auto& header : headers) key.add(header.filename().string()).add_file(header);

  fs::path dir = cache / "tools";
  fs::create_directories(dir);
  ::chmod(dir.c_str(), 0711);
  fs::path binary = dir / (key.hex() + "-" + source.stem().string());
  if (fs::exists(binary)) return binary;

  fs::path temporary = temporary_beside(binary);
  fs::path log = fs::path(temporary).concat(".log");
  std::vector<std::string> args = kFlags;
  args.insert(args.end(), {"-I", source.parent_path().string(), "-o", temporary.string(), source.string()});
  std::error_code ec;
  bp::child compiler(kCompiler, bp::args(args), bp::std_in<bp::null, bp::std_out> bp::null,
                     bp::std_err > log.string(), ec);
  if (ec) throw InternalError(fmt::format("cannot run {}: {}", kCompiler, ec.message()));
  if (!wait_for_exit(compiler, std::chrono::seconds(120))) {
    compiler.terminate();
    fs::remove(log, ec);
    throw InputError(fmt::format("{}: compiling it took longer than 120 s", source.string()));
  }
  if (compiler.exit_code() != 0) {
    std::string errors = read_head(log, 1500);
    fs::remove(log, ec);
    fs::remove(temporary, ec);
    throw InputError(fmt::format("{}: does not compile:\n{}", source.string(), errors));
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
  fs::path temporary = temporary_beside(output);
  fs::path log = fs::path(temporary).concat(".log");
  std::error_code ec;
  bp::child child(binary.string(), bp::args(argv), bp::std_in<bp::null, bp::std_out> temporary.string(),
                  bp::std_err > log.string(), ec);
  if (ec) throw InternalError(fmt::format("cannot run generator {}: {}", display_name, ec.message()));
  std::string command = fmt::format("{} {}", display_name, fmt::join(argv, " "));
  bool finished = wait_for_exit(child, std::chrono::seconds(60));
  if (!finished) child.terminate();
  std::string errors = read_head(log, 1000);
  fs::remove(log, ec);
  if (!finished || child.exit_code() != 0) {
    fs::remove(temporary, ec);
    throw InputError(finished ? fmt::format("generator '{}' failed with exit code {}: {}", command, child.exit_code(), errors)
                              : fmt::format("generator '{}' ran longer than 60 s", command));
  }
  publish_file(temporary, output);
}

}  // namespace judge
