#include "database_lock.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "engine/base/errors.h"

namespace judge::daemon {

DatabaseLock::DatabaseLock(const std::filesystem::path& database)
    : lock_(database.string() + ".lock", FileLock::Mode::Try) {
  const std::string file = database.string() + ".lock";
  if (lock_.error() == EWOULDBLOCK) {
    std::string pid = lock_.note();
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    throw InputError(fmt::format("{}: another judge daemon{} serves this database (stop it, or pick another --db)",
                                 database.string(), pid.empty() ? "" : " (pid " + pid + ")"));
  }
  if (!lock_.held())
    throw InputError(fmt::format("{}: cannot lock the daemon's lock file: {} (is the folder writable?)", file,
                                 std::strerror(lock_.error())));
  // The holder's pid, for the message above; informative only, the flock decides.
  lock_.set_note(std::to_string(::getpid()) + "\n");
}

}  // namespace judge::daemon
