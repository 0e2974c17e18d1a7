// Starting a child that never returns (the program's setup, a box keeper, a
// probe): fork, or clone with namespace flags, with every signal blocked
// across it, so no signal handler of the judge runs in the child before it
// resets them all. The parent's mask is restored before returning.
#pragma once

#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace sandbox::detail {

// `child` must not return. Returns the child's pid, or -1 with errno set.
template <class Child>
pid_t spawn(unsigned long clone_flags, Child&& child) {
  sigset_t all, saved;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &saved);
  // clone with a null stack is fork with namespaces.
  pid_t pid = clone_flags == SIGCHLD ? fork()
                                     : static_cast<pid_t>(syscall(SYS_clone, clone_flags, nullptr, nullptr, nullptr, 0));
  if (pid == 0) child();
  int error = errno;
  pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  errno = error;
  return pid;
}

}  // namespace sandbox::detail
