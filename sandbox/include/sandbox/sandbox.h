// The isolation library: run one command under a policy, get back what it did.
//
// The caller describes *what* the program may use (Policy); the library
// decides *how* to enforce it with whatever layers the kernel offers and
// reports *which* layers were active. Nothing here knows about problems,
// tests or verdicts: mapping an Outcome to AC/TLE/... is the judge's job.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sandbox {

// Which system calls the program may make. Profiles are compiled into a BPF
// program once per process and reused for every run.
enum class SeccompProfile {
  Off,       // no filter at all (only for trusted tools, never candidates)
  Program,   // a candidate's program: no new processes, no second execve,
             // no dangerous families (ptrace, mount, bpf, sockets but AF_UNIX, ...)
  Compiler,  // a compiler driver: may fork and exec its own passes, but the
             // dangerous families are still forbidden
  // A Program that may fork copies of itself, never exec: the complexity
  // hint counts an interpreted program's sizes in children of one
  // interpreter, which pays the counter's start-up once. max_processes
  // bounds the copies.
  ForkingProgram,
  // A Program whose sockets other than AF_UNIX fail (EACCES) instead of
  // being a forbidden call: a JVM probes IPv4 and IPv6 whenever its
  // networking library loads, which java.net and nio's file reading both
  // do. The network namespace has nothing to reach anyway.
  ProgramSocketsFail,
};

// One process of threads, never a second one: a Program, or one whose
// sockets fail.
constexpr bool is_single_process(SeccompProfile profile) {
  return profile == SeccompProfile::Program || profile == SeccompProfile::ProgramSocketsFail;
}

// A candidate's program of any kind: exec'd through the sandbox's
// descriptor, never able to exec again.
constexpr bool is_program(SeccompProfile profile) {
  return is_single_process(profile) || profile == SeccompProfile::ForkingProgram;
}

struct Policy {
  std::vector<std::string> argv;  // argv[0] is an absolute path or relative to workdir
  std::vector<std::string> env;   // the complete environment, "KEY=VALUE"
  std::filesystem::path workdir;  // the program's cwd; as root, the program runs as
                                  // `uid` and needs access to it (and to argv[0])

  // Empty paths mean /dev/null. stdout/stderr files are created (mode 0600,
  // owned by the caller) and truncated; the program only ever holds the fd.
  // A symlink at an output path is refused (the workdir may be writable by
  // the program). stderr_path == stdout_path shares one descriptor.
  std::filesystem::path stdin_path;
  std::filesystem::path stdout_path;
  std::filesystem::path stderr_path;

  std::chrono::milliseconds cpu_limit{1000};
  // The program's own wall-clock time: real time less what its tasks spent
  // runnable but waiting for a CPU (see run()). It catches programs that
  // sleep or block, however busy the machine.
  std::chrono::milliseconds wall_limit{3000};
  // Real time after which a run is stopped however little of it was the
  // program's own: on a hopelessly overloaded machine nothing runs for
  // ever. 0: ten times wall_limit, which a CPU-bound program reaches first
  // only when it gets less than about a fifteenth of a core (the judge's
  // wall limit is twice the CPU limit plus 1 s, and its watchdog lets a run
  // go to 1.5 times the CPU limit); with 6 busy loops per core it gets a
  // seventh. Reaching it is Limit::Overload.
  std::chrono::milliseconds wall_ceiling{0};
  std::uint64_t memory_bytes = 256ull << 20;
  // 0: same as memory_bytes. glibc also gives every new thread a stack of
  // this size, reserved in the address space (RLIMIT_AS): a program that
  // makes threads needs stack_bytes well under memory_bytes.
  std::uint64_t stack_bytes = 0;
  std::uint64_t output_bytes = 64ull << 20;  // per written file (RLIMIT_FSIZE)
  // The most stdout and stderr may hold before the watchdog stops the run
  // (Limit::Output); 0: output_bytes. A compiler writes its binary under
  // output_bytes but has no business printing megabytes of diagnostics.
  std::uint64_t stream_bytes = 0;
  int max_processes = 1;                  // >1 only matters with Compiler and ForkingProgram
  int max_open_files = 64;
  SeccompProfile seccomp = SeccompProfile::Program;

  // Threads a Program may have at once, the main one included. The kernel's
  // RLIMIT_NPROC counts threads, not processes, so this is the limit a
  // Program gets (a Compiler gets max_processes). Both only apply when the
  // program runs under its own uid, i.e. when the judge is root.
  int max_threads = 16;

  // Who the program runs as. -1 when the judge is root: its box's own uid
  // (60000 + the box's index; see run()), or 65534 (nobody) for a run
  // outside the pool; unchanged when not root. Concurrent runs get distinct
  // uids this way: the kernel counts RLIMIT_NPROC per uid, and processes of
  // one uid may signal each other.
  std::int64_t uid = -1;
  std::int64_t gid = -1;

  // The program sees a private filesystem (when the kernel allows a mount
  // namespace): a read-only tmpfs root with read-only, nosuid, nodev binds
  // of /usr, /bin, /sbin, /lib*, a few files of /etc (the loader cache,
  // alternatives, passwd, group, ...), a fresh read-only /proc of its own pid
  // namespace, a minimal /dev (null, zero, full, random, urandom), a private
  // /tmp (tmpfs of tmp_bytes) and the workdir, read-write, at `box_path`,
  // which is its cwd. Any argv element under workdir is rewritten to the
  // same file under box_path. Nothing else of the host is visible.
  bool private_filesystem = true;
  std::uint64_t tmp_bytes = 64ull << 20;
  std::string box_path = "/box";
  // false: the program's cwd is a fresh tmpfs of box_bytes with what the
  // workdir holds bound read-only on top. The program may write scratch
  // files there, but never on the host's disk (where RLIMIT_FSIZE caps each
  // file, not their number) and never over its own binary. tmpfs pages are
  // charged to the run's memory cgroup. Only with the private filesystem.
  bool workdir_writable = true;
  std::uint64_t box_bytes = 64ull << 20;
  // More host paths to show read-only at the same place (absolute paths).
  std::vector<std::filesystem::path> readonly_paths;
};

// What stopped the program, if a limit did.
// Overload: the real-time ceiling (wall_ceiling) came first, while the
// program's own wall-clock time was still under wall_limit: the machine
// did not give it the CPU to finish, which is not the program's fault.
enum class Limit { None, CpuTime, WallTime, Memory, Output, Syscall, Overload };

struct Outcome {
  bool exited = false;   // true: exit_code is valid; false: killed by term_signal
  int exit_code = 0;
  int term_signal = 0;
  Limit limit = Limit::None;
  std::string syscall;   // name of the forbidden system call, with Limit::Syscall
  std::int64_t cpu_ms = 0;          // user + system time of all its threads
  std::int64_t cpu_us = 0;          // the same in microseconds, for measuring growth
  std::int64_t wall_ms = 0;         // real time
  // What its tasks waited on run queues (runnable, not given a CPU),
  // summed over them; wall_ms less this is the program's own wall time.
  // 0 where the kernel keeps no schedstat.
  std::int64_t run_queue_ms = 0;
  // Peak memory: with a memory cgroup, the most the run's cgroup was
  // charged (all its processes, tmpfs files in /tmp included; in a pooled
  // box, above what it held at the start) or the program's own peak
  // resident set size, whichever is more, and at least memory_bytes when
  // the OOM killer ended it. The program's own: under a Program filter,
  // VmHWM read as it calls exit_group; else (killed first) its ru_maxrss
  // when that is more than Linux carried into it from the process forked
  // to run it (the judge, or a box's keeper, itself a fork of the judge).
  // Without a cgroup, the same resident set, or ru_maxrss whole when that
  // is all there is.
  std::uint64_t peak_memory_kb = 0;
  std::string error;     // non-empty: the sandbox itself failed; nothing above is meaningful
};

// Runs the command and returns when it and everything it started are gone.
// Thread-safe. Process-wide effects, made on the first call: SIGPIPE is
// ignored if it had its default action, and the calling process becomes a
// child subreaper (PR_SET_CHILD_SUBREAPER) so the run's orphans are reaped
// here instead of lingering as zombies. The caller must not reap children it
// did not start (no waitpid(-1) elsewhere in the judge).
//
// cpu_limit is enforced by the parent, which samples the program's CPU time
// every 20 ms (with RLIMIT_CPU one second above it as a backstop). The
// sample covers the program's threads and the children it has reaped: a
// compiler pass still running counts only once it ends.
//
// wall_limit is enforced the same way on the program's own wall time: at
// each sample the parent reads /proc/<tid>/schedstat of every task of the
// run (the cgroup's threads, or the program's) and takes what they waited
// for a CPU off the real time (run_queue.h). A program that sleeps, blocks
// or waits on a pipe reaches it as before; one that was runnable but not
// given a core does not. wall_ceiling bounds the real time.
//
// With a memory cgroup (see active_layers()), memory_bytes is the cgroup's
// limit (no swap), RLIMIT_AS is not set (thread stacks no longer count),
// and Limit::Memory means the kernel's OOM killer ended the run in its
// cgroup. CPU time is then the cgroup's: every thread and process of the run.
//
// Boxes. As root, with the private filesystem, a run goes to a box kept
// between runs: a keeper process that is pid 1 of the box's pid namespace,
// holds its mount, ipc and uts namespaces, its root and its cgroups (v1),
// and forks each run inside them; the program is then one of the keeper's
// children and sees the keeper as pid 1. /tmp and the box directory are
// remounted only when the previous run left them other than this run needs
// them, and when the program is gone the keeper kills and reaps everything
// else in the namespace before run() returns. That is what makes a run cost
// about a plain fork+exec (scripts/bench/sandbox-overhead). Boxes are made
// on demand, one per concurrent run, and live as long as the process.
//
// Outside the pool (not root, or a policy with readonly_paths or another
// box_path) every run gets namespaces of its own, and the program is pid 1
// of its pid namespace: the kernel does not deliver signals without a
// handler that a pid 1 would get from itself or the kernel (SIGXFSZ,
// SIGXCPU, raise/abort), so the parent watches the output files and stops
// a run whose output reached output_bytes (Limit::Output, killed by
// SIGKILL), and an abort() shows up as SIGSEGV. When the program ends,
// everything in its namespace dies.
//
// Without a memory cgroup, Limit::Memory is a heuristic: RLIMIT_AS makes an
// allocation fail rather than report anything, so a run that ended
// abnormally (signal or non-zero exit) with a peak RSS of at least 90% of
// memory_bytes is reported as Memory. A program whose failed allocation was
// much larger than what it had touched (a vector doubling from 100 to 200
// MiB under 128 MiB) shows up as a plain runtime error.
Outcome run(const Policy& policy);

// The isolation layers this process can apply, in a stable order, e.g.
// {"rlimits", "seccomp", "no_new_privs", "uid_drop", "clean_env", "watchdog"}.
// Possible names: "user_namespace", "pid_namespace", "mount_namespace",
// "net_namespace", "ipc_namespace", "uts_namespace", "private_filesystem",
// "landlock" (the fence for runs without a private filesystem: the host's
// system directories read-only, the workdir, nothing else; no TCP),
// "cgroup_v1" or "cgroup_v2" with "cgroup_memory", "cgroup_pids",
// "cgroup_cpu", then "rlimits", "seccomp", "seccomp_notify",
// "no_new_privs", "uid_drop", "clean_env", "watchdog", "process_group_kill",
// "run_queue_clock" (the wall limit does not count time spent waiting for
// a CPU; without it, it is real time).
std::vector<std::string> active_layers();

// Whether `layer` (one of active_layers()'s names) is among them.
bool layer_active(std::string_view layer);

// The layers this process can NOT apply, each as "layer: reason", e.g.
// "cgroup: /sys/fs/cgroup/memory not writable (not root)". Empty when
// everything is active.
std::vector<std::string> missing_layers();

std::string to_string(Limit limit);

// The open files a process running the sandbox needs: a program's binary
// waits for its exec at descriptor 1023 (seccomp_filter.h, kExecFd), and
// the judge's own pipes and boxes need room below it.
constexpr unsigned long kOpenFilesNeeded = 1024;

// Raises this process's soft RLIMIT_NOFILE to its hard limit (and, as
// root, the hard limit too when it is under kOpenFilesNeeded): shells and
// service managers often start programs with a soft limit of 1024 or less.
// Returns "" when the limit is now enough, else one plain sentence saying
// what the limit is and how to raise it. Call once at start-up.
std::string raise_open_files_limit();

}  // namespace sandbox
