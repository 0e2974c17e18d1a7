#include "file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>

namespace judge {

FileLock::FileLock(const std::filesystem::path& file, Mode mode) {
  fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0) {
    error_ = errno;
    return;
  }
  if (::flock(fd_, mode == Mode::Wait ? LOCK_EX : LOCK_EX | LOCK_NB) != 0) {
    error_ = errno;
    return;
  }
  held_ = true;
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_);  // and with it the lock
}

std::string FileLock::note() const {
  if (fd_ < 0) return {};
  char text[64];
  const ssize_t length = ::pread(fd_, text, sizeof text, 0);
  return length > 0 ? std::string(text, static_cast<std::size_t>(length)) : std::string();
}

void FileLock::set_note(std::string_view text) const {
  if (fd_ >= 0 && ::ftruncate(fd_, 0) == 0) (void)!::pwrite(fd_, text.data(), text.size(), 0);
}

}  // namespace judge
