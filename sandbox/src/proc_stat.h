// CPU time of a running process, read from /proc while it runs: RLIMIT_CPU
// only has whole-second granularity, the parent wants to stop a 300 ms
// limit near 300 ms.
#pragma once

#include <sys/types.h>

#include <cstdint>

namespace sandbox::detail {

// Opens /proc/<pid>/stat for repeated reads; -1 if it cannot.
int open_proc_stat(pid_t pid);

// User + system time of every thread of the process, plus that of the
// children it has already reaped (a compiler driver's finished passes), in
// milliseconds; -1 if unreadable (the process is gone).
std::int64_t read_cpu_ms(int stat_fd);

// The peak resident set of the process's current image (VmHWM of
// /proc/<pid>/status), in KiB; 0 if unreadable.
std::uint64_t read_peak_resident_kb(pid_t pid);

}  // namespace sandbox::detail
