// Test helpers: a temporary folder that cleans up after itself, file
// writing, and running the built judge binary.
#pragma once

#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace test_support {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "judge-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
    ::chmod(path_.c_str(), 0755);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct CommandResult {
  int status = -1;  // exit status
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `command` through the shell with stdin empty, and collects its
// exit status, stdout and stderr.
inline CommandResult run_captured(const std::string& command) {
  TempDir scratch;
  std::string redirected =
      command + " >" + (scratch / "out").string() + " 2>" + (scratch / "err").string() + " </dev/null";
  int raw = std::system(redirected.c_str());
  CommandResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = read_file(scratch / "out");
  result.err = read_file(scratch / "err");
  return result;
}

// Runs a shell command (already quoted by the caller), e.g. one that sets
// a ulimit before it starts the judge.
inline CommandResult run_shell(const std::string& script) { return run_captured("( " + script + " )"); }

// Runs the built judge with `arguments` (already shell-quoted by the caller).
inline CommandResult run_judge(const std::string& arguments) {
  return run_captured(std::string(JUDGE_BINARY) + " " + arguments);
}

inline std::filesystem::path source_dir() { return JUDGE_SOURCE_DIR; }

}  // namespace test_support
