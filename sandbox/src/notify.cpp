// Raw ioctls rather than libseccomp's seccomp_notify_*: those fold every
// errno into ECANCELED, and the loop needs to tell "interrupted" from "the
// caller is gone" from a real failure.
#include "notify.h"

#include <fmt/format.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>

#include <cerrno>
#include <cstdlib>
#include <memory>

namespace sandbox::detail {
namespace {

void respond(int listener, const Notification& call, int error, std::uint32_t flags) {
  seccomp_notif_resp response{};
  response.id = call.id;
  response.error = -error;
  response.flags = flags;
  // ENOENT: the caller died meanwhile (we may just have killed it).
  while (ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &response) < 0 && errno == EINTR) {
  }
}

}  // namespace

std::optional<Notification> receive_notification(int listener) {
  // The kernel insists on a zeroed request.
  seccomp_notif request{};
  if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &request) < 0) return std::nullopt;
  return Notification{request.id, static_cast<pid_t>(request.pid), request.data.nr, request.data.arch};
}

bool is_exit_group(const Notification& call) {
  // A call through another architecture is killed by the filter itself.
  return call.nr == __NR_exit_group;
}

void let_through(int listener, const Notification& call) {
  respond(listener, call, 0, SECCOMP_USER_NOTIF_FLAG_CONTINUE);
}

void refuse(int listener, const Notification& call, int error) {
  respond(listener, call, error, 0);
}

std::string syscall_name(const Notification& call) {
  std::unique_ptr<char, decltype(&std::free)> name(seccomp_syscall_resolve_num_arch(call.arch, call.nr), &std::free);
  if (name) return name.get();
  return fmt::format("syscall {}", call.nr);
}

}  // namespace sandbox::detail
