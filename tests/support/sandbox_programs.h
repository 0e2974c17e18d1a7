// Helpers for the sandbox's own tests: a scratch folder the sandboxed uid
// can reach, compiling a small C or C++ program into it, and a baseline
// Policy to run it with.
#pragma once

#include <catch2/catch.hpp>
#include <stdlib.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "sandbox/sandbox.h"

namespace sandbox_test {
namespace fs = std::filesystem;

// A directory of its own per test. Mode 0755 so the program can still run
// its binary after dropping to nobody; writable ones are asked for.
struct TempDir {
  fs::path path;
  explicit TempDir(mode_t mode = 0755) {
    char pattern[] = "/tmp/sandbox-test-XXXXXX";
    REQUIRE(mkdtemp(pattern) != nullptr);
    path = pattern;
    ::chmod(path.c_str(), mode);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

inline std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void write_file(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

enum class Lang { C, Cpp };

// Compiles `source` into dir/name with -O0 (so the loops under test stay).
inline fs::path compile(const TempDir& dir, const std::string& name, const std::string& source, Lang lang = Lang::C) {
  fs::path src = dir.path / (name + (lang == Lang::C ? ".c" : ".cpp"));
  fs::path exe = dir.path / name;
  write_file(src, source);
  std::string command = "/usr/bin/g++ -O0 -w " + std::string(lang == Lang::C ? "-x c " : "-std=c++20 -pthread ") +
                        "-o " + exe.string() + " " + src.string() + " 2>" + (dir.path / (name + ".log")).string();
  if (std::system(command.c_str()) != 0) FAIL("compiling " << name << ": " << slurp(dir.path / (name + ".log")));
  return exe;
}

inline sandbox::Policy policy_for(const TempDir& dir, const fs::path& exe,
                                  std::chrono::milliseconds cpu = std::chrono::milliseconds(1000),
                                  std::chrono::milliseconds wall = std::chrono::milliseconds(3000)) {
  sandbox::Policy policy;
  policy.argv = {exe.string()};
  policy.env = {"PATH=/usr/bin:/bin", "LANG=C"};
  policy.workdir = dir.path;
  policy.stdout_path = dir.path / "stdout.txt";
  policy.stderr_path = dir.path / "stderr.txt";
  policy.cpu_limit = cpu;
  policy.wall_limit = wall;
  policy.memory_bytes = 128ull << 20;
  return policy;
}

inline std::string describe(const sandbox::Outcome& o) {
  std::ostringstream text;
  text << "exited=" << o.exited << " exit_code=" << o.exit_code << " signal=" << o.term_signal
       << " limit=" << sandbox::to_string(o.limit) << " syscall='" << o.syscall << "' cpu_ms=" << o.cpu_ms
       << " wall_ms=" << o.wall_ms << " peak_kb=" << o.peak_memory_kb << " error='" << o.error << "'";
  return text.str();
}

// How many live (non-zombie) processes have this comm.
inline int processes_named(const std::string& name) {
  int count = 0;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    std::string pid = entry.path().filename();
    if (pid.empty() || !std::isdigit(static_cast<unsigned char>(pid[0]))) continue;
    std::string stat = slurp(entry.path() / "stat");
    auto open = stat.find('('), close = stat.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close + 2 >= stat.size()) continue;
    if (stat.substr(open + 1, close - open - 1) == name && stat[close + 2] != 'Z') ++count;
  }
  return count;
}

inline bool has_layer(const std::string& name) {
  auto layers = sandbox::active_layers();
  return std::find(layers.begin(), layers.end(), name) != layers.end();
}

}  // namespace sandbox_test
