#include "file_publish.h"

#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <fstream>

#include "errors.h"

namespace judge {
namespace fs = std::filesystem;

bool write_file(const fs::path& file, const std::string& content) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << content;
  return static_cast<bool>(out.flush());
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

std::optional<fs::path> temporary_folder_in(const fs::path& dir) {
  std::string pattern = (dir / ".tmp-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) return std::nullopt;
  return fs::path(pattern);
}

bool publish_folder(const fs::path& temporary, const fs::path& final) {
  std::error_code ec;
  fs::rename(temporary, final, ec);
  if (!ec) return true;
  fs::remove_all(temporary, ec);
  return false;
}

static bool safe_to_link(const fs::path& cached) {
  struct stat st {};
  return ::geteuid() == 0 && ::stat(cached.c_str(), &st) == 0 && st.st_uid == 0 && (st.st_mode & 022) == 0;
}

bool link_or_copy(const fs::path& cached, const fs::path& target, unsigned mode) {
  if (safe_to_link(cached) && ::link(cached.c_str(), target.c_str()) == 0) return true;
  std::error_code ec;
  fs::copy_file(cached, target, fs::copy_options::overwrite_existing, ec);
  return !ec && ::chmod(target.c_str(), mode) == 0;
}

fs::path cache_folder(const fs::path& folder, CacheAccess access) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  ::chmod(folder.c_str(), access == CacheAccess::Private ? 0700 : 0711);
  return folder;
}

}  // namespace judge
