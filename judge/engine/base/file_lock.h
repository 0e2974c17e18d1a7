// An exclusive flock on a lock file, for the cache folders and the daemon's
// database that several judge processes share. The lock goes with the
// object, or with the process however it dies: the kernel drops it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace judge {

class FileLock {
 public:
  enum class Mode {
    Wait,  // until the holder lets go
    Try,   // not held when another holder has it
  };
  // Opens `file` (made with mode 0600 when missing) and locks it.
  FileLock(const std::filesystem::path& file, Mode mode);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

  bool held() const { return held_; }
  // Why it is not held: the errno of the open or of the flock (EWOULDBLOCK:
  // another holder has it); 0 when held.
  int error() const { return error_; }

  // The lock file's own content (up to 64 bytes), which its holders keep a
  // note in: a running total, the holder's pid. Empty when it could not be
  // opened. Readable while not held, to say who holds it.
  std::string note() const;
  // Replaces that content. Emptied first, so that a failed write reads as
  // no note rather than a torn one.
  void set_note(std::string_view text) const;

 private:
  int fd_ = -1;
  bool held_ = false;
  int error_ = 0;
};

}  // namespace judge
