#include "listener.h"

#include <fmt/format.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "engine/base/errors.h"
#include "process_running.h"

namespace judge::daemon {

namespace fs = std::filesystem;

namespace {

sockaddr_un address_of(const fs::path& socket) {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (socket.string().size() >= sizeof address.sun_path)
    throw InputError(fmt::format("{}: the socket path is too long (at most {} bytes)", socket.string(),
                                 sizeof address.sun_path - 1));
  std::strcpy(address.sun_path, socket.c_str());
  return address;
}

int try_connect(const fs::path& socket) {
  sockaddr_un address = address_of(socket);
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    int saved = errno;
    ::close(fd);
    errno = saved;
    return -1;
  }
  return fd;
}

// Whether the process that made the listener `connected` reaches still
// runs (process_running.h: a killed daemon's children may hold it open).
bool listener_owner_running(int connected) {
  ucred owner{};
  socklen_t size = sizeof owner;
  if (::getsockopt(connected, SOL_SOCKET, SO_PEERCRED, &owner, &size) != 0 || owner.pid <= 0) return true;
  return process_running(owner.pid);
}

}  // namespace

int listen_on(const fs::path& socket) {
  std::error_code ec;
  fs::create_directories(socket.parent_path(), ec);
  if (int live = try_connect(socket); live >= 0) {
    const bool running = listener_owner_running(live);
    ::close(live);
    if (running)
      throw InputError(fmt::format("{}: a daemon already listens there (stop it, or pick another --socket)",
                                   socket.string()));
  }
  fs::remove(socket, ec);
  sockaddr_un address = address_of(socket);
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 64) != 0) {
    std::string why = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    throw InputError(fmt::format("{}: cannot listen: {} (is the folder writable?)", socket.string(), why));
  }
  ::chmod(socket.c_str(), 0660);
  return fd;
}

int connect_to(const fs::path& socket) {
  int fd = try_connect(socket);
  if (fd < 0)
    throw InternalError(fmt::format("{}: cannot reach the daemon: {} (is `judge daemon` running?)", socket.string(),
                                    std::strerror(errno)));
  return fd;
}

}  // namespace judge::daemon
