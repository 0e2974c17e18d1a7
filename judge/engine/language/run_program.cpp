#include "run_program.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <sstream>

namespace judge {
namespace fs = std::filesystem;

std::string sandbox_search_path(const std::vector<std::string>& runner_env) {
  std::string path = kSandboxPath;
  for (const auto& variable : runner_env)
    if (variable.rfind("PATH=", 0) == 0) path = variable.substr(5);
  return path;
}

std::optional<fs::path> find_on_path(const std::string& name, const std::string& path) {
  if (name.find('/') != std::string::npos) return fs::path(name);
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    fs::path candidate = fs::path(dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

std::vector<std::string> program_env(const Runner& runner) {
  std::vector<std::string> env = {std::string("PATH=") + kSandboxPath, "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
                                  "HOME=/nonexistent", "TMPDIR=."};
  env.insert(env.end(), runner.env.begin(), runner.env.end());
  return env;
}

void substitute(std::vector<std::string>& command, std::string_view placeholder, std::string_view value) {
  for (std::string& word : command)
    for (std::size_t at = word.find(placeholder); at != std::string::npos; at = word.find(placeholder, at + value.size()))
      word.replace(at, placeholder.size(), value);
}

sandbox::Outcome run_program(const Runner& runner, const fs::path& box, const fs::path& input, const fs::path& output,
                             const fs::path& errors, const RunLimits& limits) {
  sandbox::Policy policy;
  policy.argv = runner.run;
  // A runtime that sizes its own heap (a JVM's -Xmx) gets the problem's
  // memory limit less what it keeps for itself, so that a program that
  // fills its heap meets the runtime's own error, not the cgroup's kill.
  const std::uint64_t limit_mib = limits.memory_bytes >> 20;
  const std::string heap_mib =
      std::to_string(limit_mib > runner.heap_reserve_mib ? limit_mib - runner.heap_reserve_mib : 1);
  substitute(policy.argv, "{heap_mib}", heap_mib);
  policy.env = program_env(runner);
  policy.workdir = box;
  policy.stdin_path = input;
  policy.stdout_path = output;
  policy.stderr_path = errors;
  policy.cpu_limit = std::chrono::milliseconds(limits.cpu_ms);
  policy.wall_limit = std::chrono::milliseconds(limits.wall_ms);
  policy.memory_bytes = limits.memory_bytes;
  policy.stack_bytes = 0;  // the stack may use the whole memory limit, as on the usual judges
  policy.output_bytes = limits.output_bytes;
  policy.max_processes = limits.processes;
  policy.max_threads = runner.threads;
  policy.max_open_files = 64;
  policy.seccomp = runner.seccomp;
  // The box is on the host's disk, where a program gets no quota: it runs in
  // a capped tmpfs cwd with the compiled files bound read-only. The compiler
  // writes to the box itself.
  policy.workdir_writable = false;
  policy.box_bytes = 64ull << 20;
  if (sandbox::layer_active("private_filesystem"))
    std::replace(policy.env.begin(), policy.env.end(), std::string("TMPDIR=."), std::string("TMPDIR=/tmp"));
  return sandbox::run(policy);
}

}  // namespace judge
