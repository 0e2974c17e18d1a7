// Sending a message with descriptors attached (SCM_RIGHTS) and receiving
// one: the child hands the judge its seccomp listener, the judge hands a
// box keeper a run's files, the keeper hands back the program's pidfd.
#pragma once

#include <sys/types.h>

#include <cstddef>

namespace sandbox::detail {

constexpr int kMaxPassedFds = 8;

// Sends `size` bytes with `count` descriptors (0 for none) in one message,
// retrying on EINTR, never raising SIGPIPE. Returns what sendmsg returned.
// Async-signal-safe: the child and the keeper use it.
ssize_t send_with_fds(int socket, const void* data, std::size_t size, const int* fds, int count) noexcept;

// Receives one message into `data` (at most `size` bytes) and up to `max`
// descriptors (close-on-exec) into `fds`, their number into `*count`.
// Returns what recvmsg returned; a message or descriptors cut short count as
// an error (-1, EMSGSIZE), with any descriptors received closed.
ssize_t receive_with_fds(int socket, void* data, std::size_t size, int* fds, int max, int* count, int flags) noexcept;

}  // namespace sandbox::detail
