// One daemon per database. A second one on the same file (with another
// socket) would put the first one's running submissions back in the queue
// at its start and grade them a second time; it is refused instead.
#pragma once

#include <filesystem>
#include <optional>

#include "engine/base/file_lock.h"

namespace judge::daemon {

class DatabaseLock {
 public:
  // Holds an exclusive flock on "<database>.lock" until destroyed; the
  // kernel drops it when the process dies, however it dies (but for a
  // moment, in a child it was forking: process_running.h). Throws
  // InputError naming the holder's pid when another daemon has it.
  explicit DatabaseLock(const std::filesystem::path& database);

 private:
  std::optional<FileLock> lock_;
};

}  // namespace judge::daemon
