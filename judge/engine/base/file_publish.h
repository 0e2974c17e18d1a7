// Writing into the caches that several judges share. One rule for each
// question, so that no cache answers it its own way:
// - publish: write beside, then rename into place (a reader sees the whole
//   file or folder, or none);
// - link or copy: what may be hard-linked from a cache into a box;
// - cache folders: which mode each kind of cache folder gets.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace judge {

// `content` written to `file` (truncated first); false when it could not be.
bool write_file(const std::filesystem::path& file, const std::string& content);

// A unique sibling name for writing before publish_file.
std::filesystem::path temporary_beside(const std::filesystem::path& final);

// Moves `temporary` to `final` atomically (rename), so that concurrent
// judges never see half a file. Throws InternalError when it cannot.
void publish_file(const std::filesystem::path& temporary, const std::filesystem::path& final);

// A fresh folder `.tmp-XXXXXX` inside `dir`, to fill before publish_folder.
std::optional<std::filesystem::path> temporary_folder_in(const std::filesystem::path& dir);

// Renames the filled `temporary` folder to `final`. False when `final`
// exists already (another judge published it first: theirs serves), in
// which case `temporary` is removed.
bool publish_folder(const std::filesystem::path& temporary, const std::filesystem::path& final);

// A hard link shares the inode with the cache, so `cached` is linked into
// a box only when no sandboxed program can write to it whatever the
// mounts: the judge is root (programs then run as a box uid of their own,
// see the sandbox's uid_drop) and the file is root's and writable by nobody
// else (mode & 022 == 0). Otherwise `target` gets a copy with `mode`.
bool link_or_copy(const std::filesystem::path& cached, const std::filesystem::path& target, unsigned mode);

enum class CacheAccess {
  Private,      // 0700: hidden answers, compiled candidates, counts
  Traversable,  // 0711: trusted tools a box may run by a name it is told
};

// `folder` (a cache's, e.g. <cache>/tests), made when missing and given the
// access's mode. Errors are left for the first write into it to report.
std::filesystem::path cache_folder(const std::filesystem::path& folder, CacheAccess access);

}  // namespace judge
