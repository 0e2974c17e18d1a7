#include "compile_in_box.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <sandbox/sandbox.h>

#include "engine/base/file_publish.h"
#include "engine/base/file_text.h"
#include "engine/language/java_class.h"
#include "engine/language/run_program.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kCompileLogKept = 64 * 1024;
constexpr std::uint64_t kCompileStreamBytes = 4ull << 20;

// Java wants the file named after its public class; the name is the
// source's, so a CE says what is wrong before javac would. A class or
// function problem's driver (an extra file) holds main. False when the
// source cannot be run (result.log says why) or the box refused a file.
bool name_java_source(Runner& runner, const fs::path& source, const Workspace& workspace, CompileOutcome& result) {
  const bool needs_main = runner.extra_files.empty();
  const JavaMainClass found = find_java_main_class(read_file(source), needs_main);
  if (!found.error.empty()) {
    result.log = found.error;
    return false;
  }
  runner.source_name = found.file_stem + ".java";
  substitute(runner.compile, "{source}", runner.source_name);
  if (!write_file(workspace.box() / kMainClassFile, found.main_class + "\n")) {
    result.internal_error = fmt::format("cannot write {} into the sandbox", kMainClassFile);
    return false;
  }
  ::chmod((workspace.box() / kMainClassFile).c_str(), 0644);
  return true;
}

// The source (behind the runner's prelude, on its first line) and the
// runner's extra files (a driver), readable by the sandbox's uid.
bool stage_sources(const Runner& runner, const fs::path& source, const Workspace& workspace, CompileOutcome& result) {
  fs::path copy = workspace.box() / runner.source_name;
  std::error_code ec;
  if (runner.prelude.empty())
    fs::copy_file(source, copy, fs::copy_options::overwrite_existing, ec);
  else if (!write_file(copy, runner.prelude + " " + read_file(source)))
    ec = std::make_error_code(std::errc::io_error);
  if (ec) {
    result.internal_error = fmt::format("cannot copy {} into the sandbox: {}", source.string(), ec.message());
    return false;
  }
  ::chmod(copy.c_str(), 0644);
  for (const auto& [name, content] : runner.extra_files) {
    fs::path file = workspace.box() / name;
    if (!write_file(file, content)) {
      result.internal_error = fmt::format("cannot write {} into the sandbox", name);
      return false;
    }
    ::chmod(file.c_str(), 0644);
  }
  return true;
}

}  // namespace

CompileOutcome compile_in_box(const Runner& given, const fs::path& source, const Workspace& workspace) {
  CompileOutcome result;
  Runner runner = given;
  if (runner.source_naming == "java" && !name_java_source(runner, source, workspace, result)) return result;
  if (!stage_sources(runner, source, workspace, result)) return result;
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

}  // namespace judge
