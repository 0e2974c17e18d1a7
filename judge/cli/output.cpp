// Reports on stdout. stdout is buffered, so a full disk or a closed stdout
// shows only when the buffer is written out: each command flushes and
// checks before it returns, or its exit status would claim a report that
// no one got.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fmt/format.h>
#include <iostream>

#include "commands.h"
#include "engine/base/errors.h"
#include "engine/base/utf8_text.h"

namespace judge::cli {

namespace {

// A judge started with stdout closed would hand descriptor 1 to the first
// file it opens (a cache entry, a lock) and print its report into that.
// So before main() runs, a closed stdout is held open on /dev/null, and
// remembered: the report then has nowhere to go, which is exit 3.
bool hold_closed_stdout() {
  if (::fcntl(STDOUT_FILENO, F_GETFD) != -1 || errno != EBADF) return false;
  int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (null >= 0 && null != STDOUT_FILENO) {
    ::dup2(null, STDOUT_FILENO);
    ::close(null);
  } else if (null == STDOUT_FILENO) {
    ::fcntl(STDOUT_FILENO, F_SETFD, 0);
  }
  return true;
}

const bool stdout_was_closed = hold_closed_stdout();

}  // namespace

void print_json(const nlohmann::json& value) {
  std::cout << json_text(value, 2) << "\n";
  finish_stdout();
}

void finish_stdout() {
  if (stdout_was_closed)
    throw InternalError("could not write the report to stdout: it is closed (run the command with stdout open)");
  errno = 0;
  std::cout.flush();
  bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return;
  int error = errno;
  // Once: the message is the failure; main's handler must not meet it again.
  std::cout.clear();
  std::clearerr(stdout);
  throw InternalError(fmt::format("could not write the report to stdout: {} (is the disk full, or stdout closed?)",
                                  error ? std::strerror(error) : "write failed"));
}

}  // namespace judge::cli
