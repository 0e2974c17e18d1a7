// The parent's side of seccomp user notification: the kernel holds a
// forbidden call and asks the listener what to do with it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>

namespace sandbox::detail {

struct Notification {
  std::uint64_t id;
  pid_t pid;           // the calling thread
  int nr;              // system call number in arch's numbering
  std::uint32_t arch;  // AUDIT_ARCH_*, the same tokens libseccomp uses
};

// Only after poll() reported the listener readable. nullopt: the caller was
// killed in between, or the call was interrupted; nothing to answer.
std::optional<Notification> receive_notification(int listener);

// A program's exit_group: the last moment its memory is there to be read.
// Linux folds the resident set of whatever forked the program (the judge,
// a box's keeper) into its ru_maxrss; the program's own peak (VmHWM of
// the image it exec'd) is only readable while it lives.
bool is_exit_group(const Notification& call);

// Lets the call run as if there were no filter. Only for calls the sandbox
// made itself, or whose arguments are no pointers (exit_group): the kernel
// re-reads the arguments, which a hostile program could change in the
// meantime.
void let_through(int listener, const Notification& call);

// Fails the call with -error (if its caller still waits at all).
void refuse(int listener, const Notification& call, int error);

// "ptrace", or "syscall 1234" for a number libseccomp does not know.
std::string syscall_name(const Notification& call);

}  // namespace sandbox::detail
