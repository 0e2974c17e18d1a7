// Whether the daemon that left a listener or a lock behind still runs. A
// daemon killed while it was forking (a sandbox's child, before that child
// closes what it inherited) leaves its socket and its database lock open
// in that child for a moment: the kernel keeps both alive, though no
// daemon will ever answer there.
#pragma once

#include <sys/types.h>

namespace judge::daemon {

// False for a pid that is gone or a zombie (killed, not yet reaped).
bool process_running(pid_t pid);

}  // namespace judge::daemon
