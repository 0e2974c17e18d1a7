#include "compile_cache.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

#include "compiler_identity.h"
#include "engine/base/file_lock.h"
#include "engine/base/file_publish.h"
#include "engine/base/file_text.h"
#include "engine/base/hashing.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// Part of every key: a change of the entry format or of what compile_in_box
// does makes old entries unreachable instead of misread.
constexpr const char* kFormat = "judge compile cache 2";
// A compile step that leaves more than this in the box (a Python candidate's
// code runs during the interface check) is not worth keeping.
constexpr std::size_t kMaxFiles = 64;
// Left by a judge that died while storing; a live store takes seconds.
constexpr auto kStaleTemporary = std::chrono::hours(1);

struct CachedFile {
  std::string path;  // relative to the box
  std::uint64_t size = 0;
  unsigned mode = 0;
};

struct Entry {
  bool ok = false;
  std::int64_t time_ms = 0;
  std::uint64_t log_size = 0;
  std::vector<CachedFile> files;
};

void add_list(Hasher& hasher, std::string_view label, const std::vector<std::string>& items) {
  hasher.add(label).add(std::to_string(items.size()));
  for (const auto& item : items) hasher.add(item);
}

// Every regular file under `box`, relative; nullopt when there is anything
// else (a link, a fifo), which the cache will not reproduce.
std::optional<std::vector<std::string>> list_box(const fs::path& box) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(box, ec), end; !ec && it != end; it.increment(ec)) {
    fs::file_status status = it->symlink_status(ec);
    if (ec) return std::nullopt;
    if (fs::is_directory(status)) continue;
    if (!fs::is_regular_file(status)) return std::nullopt;
    files.push_back(fs::relative(it->path(), box).string());
  }
  if (ec) return std::nullopt;
  return files;
}

// What the compile step added: everything but the files staged before it.
std::vector<std::string> artefacts(const std::vector<std::string>& box_files, const Runner& runner) {
  std::set<std::string> staged = {runner.source_name};
  for (const auto& [name, content] : runner.extra_files) staged.insert(name);
  if (!runner.precompiled_header.empty()) staged.insert(runner.precompiled_header + ".gch");
  std::vector<std::string> produced;
  for (const auto& file : box_files)
    if (!staged.count(file)) produced.push_back(file);
  return produced;
}

std::uint64_t directory_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) total += it->file_size(size_ec);
  }
  return total;
}

bool is_key(const std::string& name) {
  return name.size() == 64 && std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

std::string serialise(const CompileOutcome& outcome, const std::vector<CachedFile>& files) {
  std::string text = fmt::format("{}\nok {}\ntime_ms {}\nlog {}\n", kFormat, outcome.ok ? 1 : 0, outcome.time_ms,
                                 outcome.log.size());
  for (const auto& file : files) text += fmt::format("file {} {:o} {}\n", file.size, file.mode, file.path);
  return text + "end\n";
}

// nullopt for anything short of a complete entry: a partial write, another
// format, garbage.
std::optional<Entry> parse_entry(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != kFormat) return std::nullopt;
  Entry entry;
  int ok = -1;
  std::string word;
  if (!(in >> word >> ok) || word != "ok" || (ok != 0 && ok != 1)) return std::nullopt;
  if (!(in >> word >> entry.time_ms) || word != "time_ms") return std::nullopt;
  if (!(in >> word >> entry.log_size) || word != "log") return std::nullopt;
  entry.ok = ok == 1;
  while (in >> word) {
    if (word == "end") return entry;
    CachedFile file;
    if (word != "file" || !(in >> file.size >> std::oct >> file.mode >> std::dec)) return std::nullopt;
    in.get();  // the space before the path, which may itself hold spaces
    if (!std::getline(in, file.path) || file.path.empty() || fs::path(file.path).is_absolute() ||
        file.path.find("..") != std::string::npos)
      return std::nullopt;
    entry.files.push_back(file);
  }
  return std::nullopt;
}

bool has_size(const fs::path& file, std::uint64_t size) {
  struct stat st {};
  return ::lstat(file.c_str(), &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) == size;
}

// Every file the entry lists is there, whole.
bool complete(const fs::path& entry_dir, const Entry& entry) {
  if (!has_size(entry_dir / "log", entry.log_size)) return false;
  return std::all_of(entry.files.begin(), entry.files.end(),
                     [&](const CachedFile& file) { return has_size(entry_dir / "files" / file.path, file.size); });
}

bool restore_file(const fs::path& cached, const fs::path& target, unsigned mode) {
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  return !ec && link_or_copy(cached, target, mode);
}

void remove_files(const fs::path& box, const std::vector<CachedFile>& files) {
  std::error_code ec;
  for (const auto& file : files) fs::remove(box / file.path, ec);
}

// Renamed out of the way first, so that a concurrent judge finds either the
// whole entry or none.
void discard(const fs::path& entry_dir) {
  static std::atomic<unsigned> counter{0};
  fs::path trash = entry_dir.parent_path() /
                   fmt::format(".trash-{}-{}-{}", entry_dir.filename().string(), ::getpid(), counter++);
  std::error_code ec;
  fs::rename(entry_dir, trash, ec);
  if (!ec) fs::remove_all(trash, ec);
}

void touch(const fs::path& entry_dir) { ::utimensat(AT_FDCWD, entry_dir.c_str(), nullptr, 0); }

std::int64_t elapsed_ms(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
}

// The compile step's own work, without the compiler: the source and the
// extra files copied into the box.
CompileOutcome stage_sources(const Runner& runner, const fs::path& source, const Workspace& workspace) {
  Runner staging = runner;
  staging.compile.clear();
  return compile_in_box(staging, source, workspace);
}

// Copies what the compile step produced into a temporary entry; its path,
// or nothing when the box holds what the cache does not keep.
std::optional<fs::path> write_temporary_entry(const fs::path& dir, const CompileOutcome& outcome,
                                              const std::vector<std::string>& produced, const fs::path& box) {
  std::optional<fs::path> made = temporary_folder_in(dir);
  if (!made) return std::nullopt;
  const fs::path temporary = *made;
  std::vector<CachedFile> files;
  std::error_code ec;
  for (const auto& name : produced) {
    fs::path from = box / name, to = temporary / "files" / name;
    struct stat st {};
    fs::create_directories(to.parent_path(), ec);
    if (ec || name.find('\n') != std::string::npos || ::lstat(from.c_str(), &st) != 0 ||
        !fs::copy_file(from, to, ec) || ec) {
      fs::remove_all(temporary, ec);
      return std::nullopt;
    }
    // Nobody but the judge may write to what may become a link in a box.
    unsigned mode = st.st_mode & 0755;
    std::uint64_t size = fs::file_size(to, ec);
    if (ec || ::chmod(to.c_str(), mode) != 0) {
      fs::remove_all(temporary, ec);
      return std::nullopt;
    }
    files.push_back({name, size, mode});
  }
  // `entry` last: an entry without it, or with fewer bytes than it lists, is
  // incomplete and read as a miss.
  if (!write_file(temporary / "log", outcome.log) || !write_file(temporary / "entry", serialise(outcome, files))) {
    fs::remove_all(temporary, ec);
    return std::nullopt;
  }
  return temporary;
}

struct Stored {
  fs::path path;
  fs::file_time_type last_use;
  std::uint64_t bytes = 0;
};

// Drops the least recently used entries until the rest fit in 90% of the
// cap, so that the next few stores do not each pay for a scan and an
// eviction; returns what the rest take. Leftovers of dead judges go on the way.
std::uint64_t evict(const fs::path& dir, std::uint64_t cap_bytes, const fs::path& keep) {
  std::vector<Stored> entries;
  std::uint64_t total = 0;
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    std::string name = item.path().filename().string();
    std::error_code item_ec;
    fs::file_time_type mtime = item.last_write_time(item_ec);
    if (item_ec) continue;
    if (name.rfind(".trash-", 0) == 0 || (name.rfind(".tmp-", 0) == 0 && now - mtime > kStaleTemporary)) {
      fs::remove_all(item.path(), item_ec);
      continue;
    }
    if (!is_key(name)) continue;
    entries.push_back({item.path(), mtime, directory_bytes(item.path())});
    total += entries.back().bytes;
  }
  if (total <= cap_bytes) return total;
  std::sort(entries.begin(), entries.end(), [](const Stored& a, const Stored& b) { return a.last_use < b.last_use; });
  const std::uint64_t target = cap_bytes / 10 * 9;
  for (const auto& entry : entries) {
    if (total <= target) break;
    if (entry.path == keep) continue;
    discard(entry.path);
    total -= entry.bytes;
  }
  return total;
}

// The entries' total is kept in `.usage`, under an flock, so that a store
// need not scan the folder: only a store that goes over the cap (or finds
// no `.usage`) pays for a scan, which also corrects the drift of entries
// dropped as damaged, whose bytes are never subtracted.
void account_for(const fs::path& dir, std::uint64_t cap_bytes, const fs::path& stored) {
  const FileLock usage(dir / ".usage", FileLock::Mode::Wait);
  if (!usage.held()) {
    evict(dir, cap_bytes, stored);
    return;
  }
  const std::string text = usage.note();
  std::uint64_t total = 0;
  bool known = !text.empty() && std::from_chars(text.data(), text.data() + text.size(), total).ec == std::errc();
  total += directory_bytes(stored);
  if (!known || total > cap_bytes) total = evict(dir, cap_bytes, stored);
  // A failed write reads as unknown, and the next store scans.
  usage.set_note(std::to_string(total));
}

}  // namespace

CompileCache::CompileCache(fs::path dir, std::uint64_t cap_bytes) : dir_(std::move(dir)), cap_bytes_(cap_bytes) {}

std::string CompileCache::key(const Runner& runner, const fs::path& source) const {
  Hasher hasher;
  hasher.add(kFormat).add(runner.language).add(runner.source_name);
  add_list(hasher, "compile", runner.compile);
  add_list(hasher, "env", runner.env);
  hasher.add("prelude").add(runner.prelude);
  hasher.add("extra files").add(std::to_string(runner.extra_files.size()));
  for (const auto& [name, content] : runner.extra_files) hasher.add(name).add(content);
  hasher.add("compiler").add(compiler_identity(runner));
  hasher.add("source").add_file(source);
  return hasher.hex();
}

std::uint64_t CompileCache::total_bytes() const {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& item : fs::directory_iterator(dir_, ec))
    if (is_key(item.path().filename().string())) total += directory_bytes(item.path());
  return total;
}

std::optional<CompileOutcome> CompileCache::replay(const Runner& runner, const fs::path& source,
                                                   const Workspace& workspace, const std::string& key) const {
  if (cap_bytes_ == 0) return std::nullopt;
  const fs::path entry_dir = dir_ / key;
  auto start = std::chrono::steady_clock::now();
  std::error_code ec;
  if (!fs::exists(entry_dir, ec)) return std::nullopt;
  std::optional<Entry> entry = parse_entry(read_file(entry_dir / "entry"));
  if (!entry || !complete(entry_dir, *entry)) {
    discard(entry_dir);
    return std::nullopt;
  }
  if (!stage_sources(runner, source, workspace).internal_error.empty()) return std::nullopt;
  for (const auto& file : entry->files) {
    if (!restore_file(entry_dir / "files" / file.path, workspace.box() / file.path, file.mode)) {
      remove_files(workspace.box(), entry->files);
      discard(entry_dir);
      return std::nullopt;
    }
  }
  CompileOutcome outcome;
  outcome.ok = entry->ok;
  outcome.log = read_file(entry_dir / "log");
  if (outcome.log.size() != entry->log_size) {
    remove_files(workspace.box(), entry->files);
    discard(entry_dir);
    return std::nullopt;
  }
  touch(entry_dir);
  outcome.from_cache = true;
  outcome.time_ms = elapsed_ms(start);
  return outcome;
}

bool CompileCache::box_is_fresh(const Workspace& workspace) {
  std::optional<std::vector<std::string>> files = list_box(workspace.box());
  return files && files->empty();
}

bool CompileCache::keeps(const CompileOutcome& outcome) {
  return outcome.internal_error.empty() && !outcome.limit_hit;
}

void CompileCache::store(const CompileOutcome& outcome, const Runner& runner, const Workspace& workspace,
                         const std::string& key) const {
  if (cap_bytes_ == 0 || !keeps(outcome)) return;
  const fs::path entry_dir = dir_ / key;
  std::optional<std::vector<std::string>> listed = list_box(workspace.box());
  if (!listed) return;
  // A failed compile's leftovers are never run: only its log is kept.
  std::vector<std::string> produced = outcome.ok ? artefacts(*listed, runner) : std::vector<std::string>{};
  if (produced.size() > kMaxFiles) return;
  std::error_code ec;
  std::uint64_t entry_bytes = outcome.log.size();
  for (const auto& name : produced) entry_bytes += fs::file_size(workspace.box() / name, ec);
  // One entry may not push most of the others out.
  if (entry_bytes > cap_bytes_ / 2) return;

  cache_folder(dir_, CacheAccess::Private);
  std::optional<fs::path> temporary = write_temporary_entry(dir_, outcome, produced, workspace.box());
  if (!temporary) return;
  // Another judge may have stored the same entry first: theirs serves.
  if (!publish_folder(*temporary, entry_dir)) return;
  account_for(dir_, cap_bytes_, entry_dir);
}

}  // namespace judge
