#include "database_lock.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <thread>
#include <cstring>
#include <string>

#include "engine/base/errors.h"
#include "process_running.h"

namespace judge::daemon {

namespace {

// How long a dead daemon's lock may stay held by a child it was forking:
// that child closes what it inherited within moments, or dies.
constexpr auto kInheritedLockWait = std::chrono::seconds(10);

std::string holder_of(const FileLock& lock) {
  std::string pid = lock.note();
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid;
}

bool holder_gone(const std::string& pid) {
  char* end = nullptr;
  const long value = std::strtol(pid.c_str(), &end, 10);
  return !pid.empty() && end && *end == '\0' && !process_running(static_cast<pid_t>(value));
}

}  // namespace

DatabaseLock::DatabaseLock(const std::filesystem::path& database) {
  const std::string file = database.string() + ".lock";
  lock_.emplace(file, FileLock::Mode::Try);
  const auto give_up = std::chrono::steady_clock::now() + kInheritedLockWait;
  while (lock_->error() == EWOULDBLOCK && holder_gone(holder_of(*lock_)) &&
         std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    lock_.reset();
    lock_.emplace(file, FileLock::Mode::Try);
  }
  if (lock_->error() == EWOULDBLOCK) {
    const std::string pid = holder_of(*lock_);
    throw InputError(fmt::format("{}: another judge daemon{} serves this database (stop it, or pick another --db)",
                                 database.string(), pid.empty() ? "" : " (pid " + pid + ")"));
  }
  if (!lock_->held())
    throw InputError(fmt::format("{}: cannot lock the daemon's lock file: {} (is the folder writable?)", file,
                                 std::strerror(lock_->error())));
  // The holder's pid, for the message above; informative only, the flock decides.
  lock_->set_note(std::to_string(::getpid()) + "\n");
}

}  // namespace judge::daemon
