#include "execution.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "calibration.h"
#include "file_text.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kCompileLogKept = 64 * 1024;
constexpr std::uint64_t kCompileStreamBytes = 4ull << 20;

// A fixed environment: nothing of the judge's own leaks into the program.
std::vector<std::string> program_env(const Runner& runner) {
  std::vector<std::string> env = {"PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
                                  "HOME=/nonexistent", "TMPDIR=."};
  env.insert(env.end(), runner.env.begin(), runner.env.end());
  return env;
}

bool write_text_file(const fs::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
  return static_cast<bool>(out.flush());
}

}  // namespace

CompileOutcome compile_in_box(const Runner& runner, const fs::path& source, const Workspace& workspace) {
  CompileOutcome result;
  fs::path copy = workspace.box() / runner.source_name;
  std::error_code ec;
  fs::copy_file(source, copy, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    result.internal_error = fmt::format("cannot copy {} into the sandbox: {}", source.string(), ec.message());
    return result;
  }
  ::chmod(copy.c_str(), 0644);
  for (const auto& [name, content] : runner.extra_files) {
    fs::path file = workspace.box() / name;
    if (!write_text_file(file, content)) {
      result.internal_error = fmt::format("cannot write {} into the sandbox", name);
      return result;
    }
    ::chmod(file.c_str(), 0644);
  }
  if (runner.compile.empty()) {
    result.ok = true;
    return result;
  }

  sandbox::Policy policy;
  policy.argv = runner.compile;
  policy.env = program_env(runner);
  policy.workdir = workspace.box();
  fs::path log = workspace.private_dir() / "compile.log";
  policy.stdout_path = log;
  policy.stderr_path = log;
  policy.cpu_limit = std::chrono::milliseconds(static_cast<std::int64_t>(runner.compile_time_s * 1000));
  policy.wall_limit = policy.cpu_limit * 2;
  policy.memory_bytes = runner.compile_memory_mib << 20;
  policy.stack_bytes = 64ull << 20;
  policy.output_bytes = 256ull << 20;  // the binary is written under this cap too
  // A diagnostics flood stops here, not on the disk: the log keeps 64 KiB.
  policy.stream_bytes = kCompileStreamBytes;
  policy.max_processes = 32;
  policy.max_open_files = 256;
  policy.seccomp = sandbox::SeccompProfile::Compiler;

  sandbox::Outcome outcome = sandbox::run(policy);
  result.time_ms = outcome.wall_ms;
  result.run_queue_ms = outcome.run_queue_ms;
  if (!outcome.error.empty()) {
    result.internal_error = "sandbox: " + outcome.error;
    return result;
  }
  result.log = read_head(log, kCompileLogKept);
  using sandbox::Limit;
  if (outcome.limit == Limit::Overload) {
    // Not the source's fault, and not to be cached as a failure.
    result.internal_error = fmt::format(
        "the machine was too busy to compile: after {} ms the compiler had been given {} ms of CPU", outcome.wall_ms,
        outcome.cpu_ms);
    result.limit_hit = true;
    return result;
  }
  if (outcome.limit == Limit::CpuTime || outcome.limit == Limit::WallTime) {
    result.log += fmt::format("\n[judge] compilation stopped: it took longer than {} s", runner.compile_time_s);
  } else if (outcome.limit == Limit::Memory) {
    result.log += fmt::format("\n[judge] compilation stopped: it needed more than {} MiB", runner.compile_memory_mib);
  } else if (outcome.limit == Limit::Output) {
    result.log += "\n[judge] compilation stopped: it wrote too much (diagnostics or binary)";
  } else if (outcome.limit == Limit::Syscall) {
    result.log += fmt::format("\n[judge] compilation stopped: forbidden system call {}", outcome.syscall);
  }
  result.limit_hit = outcome.limit != Limit::None;
  result.ok = outcome.limit == Limit::None && outcome.exited && outcome.exit_code == 0;
  return result;
}

RunLimits limits_for(const Problem& problem, const Runner& runner) {
  const BaseTimeLimit base = time_limit_in_force(problem);
  RunLimits limits;
  limits.cpu_ms = static_cast<std::int64_t>(std::llround(base.seconds * time_factor_for(problem, runner) * 1000));
  limits.time_source = to_string(base.source);
  // Wall time only catches programs that wait instead of compute.
  limits.wall_ms = limits.cpu_ms * 2 + 1000;
  limits.memory_bytes = problem.limits.memory_mib << 20;
  limits.output_bytes = problem.limits.output_mib << 20;
  return limits;
}

sandbox::Outcome run_in_box(const Runner& runner, const fs::path& box, const fs::path& input, const fs::path& output,
                            const fs::path& errors, const RunLimits& limits) {
  sandbox::Policy policy;
  policy.argv = runner.run;
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
