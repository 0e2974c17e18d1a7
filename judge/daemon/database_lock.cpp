#include "database_lock.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "engine/errors.h"

namespace judge::daemon {

DatabaseLock::DatabaseLock(const std::filesystem::path& database) {
  const std::string file = database.string() + ".lock";
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0)
    throw InputError(fmt::format("{}: cannot open the daemon's lock file: {} (is the folder writable?)", file,
                                 std::strerror(errno)));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    const int why = errno;
    char holder[32] = {};
    [[maybe_unused]] ssize_t ignored = ::pread(fd_, holder, sizeof holder - 1, 0);
    ::close(fd_);
    fd_ = -1;
    if (why != EWOULDBLOCK)
      throw InputError(fmt::format("{}: cannot lock: {}", file, std::strerror(why)));
    std::string pid(holder);
    while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
    throw InputError(fmt::format("{}: another judge daemon{} serves this database (stop it, or pick another --db)",
                                 database.string(), pid.empty() ? "" : " (pid " + pid + ")"));
  }
  // The holder's pid, for the message above; informative only, the flock decides.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) {
    [[maybe_unused]] ssize_t ignored = ::pwrite(fd_, pid.data(), pid.size(), 0);
  }
}

DatabaseLock::~DatabaseLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace judge::daemon
