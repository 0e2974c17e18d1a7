#include "precompiled_header.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <sstream>

#include "compile_in_box.h"
#include "compiler_identity.h"
#include "engine/base/file_lock.h"
#include "engine/base/file_publish.h"
#include "engine/base/hashing.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// Part of every key: a change of how the header is built or checked makes
// old entries unreachable.
constexpr const char* kFormat = "judge precompiled header 1";
// A failed build is not tried again before this, so a broken toolchain costs
// one attempt a day rather than one per compile.
constexpr auto kRetryAfter = std::chrono::hours(24);
// Entries of compilers or flags no longer in use go after this long unused.
constexpr auto kUnusedFor = std::chrono::hours(24 * 30);
constexpr const char* kProbe = "#include \"{}\"\nint main() {{ return 0; }}\n";

const std::string* header_text(const Runner& runner) {
  for (const auto& [name, content] : runner.extra_files)
    if (name == runner.precompiled_header) return &content;
  return nullptr;
}

bool fresh(const fs::path& file, std::chrono::hours within) {
  std::error_code ec;
  auto mtime = fs::last_write_time(file, ec);
  return !ec && fs::file_time_type::clock::now() - mtime < within;
}

void touch(const fs::path& path) { ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0); }

// The failure is remembered for a day (see kRetryAfter).
void mark_failed(const fs::path& entry_dir) {
  write_file(entry_dir.string() + ".failed", "");
}

bool put_in_box(const fs::path& gch, const fs::path& target) {
  std::error_code ec;
  fs::remove(target, ec);
  return link_or_copy(gch, target, 0444);
}

// Entries last used long ago (another compiler, other flags), and stale
// temporaries and failure marks; the folder holds a handful of names.
void sweep(const fs::path& dir, const fs::path& keep) {
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    std::error_code item_ec;
    if (item.path() == keep) continue;
    auto mtime = item.last_write_time(item_ec);
    if (item_ec) continue;
    std::string name = item.path().filename().string();
    bool lock = name.size() > 5 && name.compare(name.size() - 5, 5, ".lock") == 0;
    if (!lock && now - mtime > kUnusedFor) fs::remove_all(item.path(), item_ec);
  }
}

}  // namespace

PrecompiledHeaders::PrecompiledHeaders(fs::path dir) : dir_(std::move(dir)) {}

std::vector<std::string> PrecompiledHeaders::build_argv(const Runner& runner) {
  std::vector<std::string> inputs = {runner.source_name};
  for (const auto& [name, content] : runner.extra_files) inputs.push_back(name);
  std::vector<std::string> argv;
  for (std::size_t i = 0; i < runner.compile.size(); ++i) {
    const std::string& arg = runner.compile[i];
    if (arg == "-o" && i > 0) {
      ++i;  // and its operand
      continue;
    }
    if (i > 0 && std::find(inputs.begin(), inputs.end(), arg) != inputs.end()) continue;
    argv.push_back(arg);
  }
  const std::string& name = runner.precompiled_header;
  argv.insert(argv.end(), {"-x", "c++-header", "-o", name + ".gch", name});
  return argv;
}

std::string PrecompiledHeaders::key(const Runner& runner) const {
  Hasher hasher;
  hasher.add(kFormat).add(runner.language).add(compiler_identity(runner));
  std::vector<std::string> argv = build_argv(runner);
  hasher.add("build").add(std::to_string(argv.size()));
  for (const auto& arg : argv) hasher.add(arg);
  hasher.add("env").add(std::to_string(runner.env.size()));
  for (const auto& variable : runner.env) hasher.add(variable);
  const std::string* text = header_text(runner);
  hasher.add(runner.precompiled_header).add(text ? *text : "");
  return hasher.hex();
}

std::optional<fs::path> PrecompiledHeaders::get(const Runner& runner) const {
  if (dir_.empty() || runner.precompiled_header.empty() || runner.compile.empty() || !header_text(runner))
    return std::nullopt;
  const fs::path entry_dir = dir_ / key(runner);
  const fs::path gch = entry_dir / (runner.precompiled_header + ".gch");
  std::error_code ec;
  if (fs::exists(entry_dir / "ok", ec)) {
    touch(entry_dir);
    return gch;
  }
  if (fresh(entry_dir.string() + ".failed", kRetryAfter)) return std::nullopt;

  cache_folder(dir_, CacheAccess::Private);
  // One builder at a time; the others compile from the text meanwhile
  // rather than wait (a build takes seconds).
  const FileLock lock(entry_dir.string() + ".lock", FileLock::Mode::Try);
  if (!lock.held()) return std::nullopt;
  if (fs::exists(entry_dir / "ok", ec)) return gch;  // the builder before us finished
  return build(runner, entry_dir);
}

std::optional<fs::path> PrecompiledHeaders::build(const Runner& runner, const fs::path& entry_dir) const {
  const std::string& name = runner.precompiled_header;
  std::error_code ec;
  // The header is compiled in the sandbox like any compile: it sees the
  // same system headers as the compiles that will use it.
  Workspace workspace;
  Runner builder = runner;
  builder.compile = build_argv(runner);
  builder.source_name = name;
  builder.extra_files.clear();
  builder.precompiled_header.clear();
  fs::path header = workspace.private_dir() / "header";
  if (!write_file(header, *header_text(runner))) return std::nullopt;
  CompileOutcome outcome = compile_in_box(builder, header, workspace);
  if (!outcome.ok) {
    if (outcome.internal_error.empty() && !outcome.limit_hit) mark_failed(entry_dir);
    return std::nullopt;
  }

  std::optional<fs::path> made = temporary_folder_in(dir_);
  if (!made) return std::nullopt;
  const fs::path temporary = *made;
  fs::path kept = temporary / (name + ".gch");
  fs::copy_file(workspace.box() / (name + ".gch"), kept, ec);
  if (ec || ::chmod(kept.c_str(), 0444) != 0) {
    fs::remove_all(temporary, ec);
    return std::nullopt;
  }

  // The check: the compile's own argv with -H, on a file that includes the
  // header first, must print "! NAME.gch" (used), not "x NAME.gch".
  Workspace probe_box;
  Runner probe = runner;
  probe.compile.insert(probe.compile.begin() + 1, "-H");
  for (auto& [file, content] : probe.extra_files)
    if (file != name) content = fmt::format(kProbe, name);
  fs::path empty = probe_box.private_dir() / "empty";
  bool used = write_file(empty, "") && put_in_box(kept, probe_box.box() / (name + ".gch"));
  CompileOutcome checked;
  if (used) checked = compile_in_box(probe, empty, probe_box);
  used = used && checked.ok && log_shows_pch_used(checked.log, name);
  if (!used) {
    if (checked.internal_error.empty() && !checked.limit_hit) mark_failed(entry_dir);
    fs::remove_all(temporary, ec);
    return std::nullopt;
  }

  if (!write_file(temporary / "ok", "")) {
    fs::remove_all(temporary, ec);
    return std::nullopt;
  }
  // Another judge may have published it first: theirs serves, if whole.
  if (!publish_folder(temporary, entry_dir) && !fs::exists(entry_dir / "ok", ec)) return std::nullopt;
  fs::remove(entry_dir.string() + ".failed", ec);
  sweep(dir_, entry_dir);
  return entry_dir / (name + ".gch");
}

std::string stage_precompiled_header(const Runner& runner, const Workspace& workspace,
                                     const PrecompiledHeaders& headers) {
  std::optional<fs::path> gch = headers.get(runner);
  if (!gch) return "";
  std::string name = runner.precompiled_header + ".gch";
  return put_in_box(*gch, workspace.box() / name) ? name : "";
}

bool log_shows_pch_used(const std::string& log, const std::string& header_name) {
  const std::string suffix = header_name + ".gch";
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("! ", 0) != 0 || line.size() < suffix.size() + 2) continue;
    std::string path = line.substr(2);
    if (path == suffix || (path.size() > suffix.size() && path.compare(path.size() - suffix.size() - 1, suffix.size() + 1, "/" + suffix) == 0))
      return true;
  }
  return false;
}

}  // namespace judge
