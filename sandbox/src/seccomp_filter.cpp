// Builds the seccomp programs with libseccomp, in the parent, once.
//
// The policy is a deny list over a default of ALLOW: interview programs use
// a wide and libc-version-dependent set of ordinary calls, while the calls
// that can hurt the machine or escape the box are few and well known.
// Forbidden calls are not killed in the kernel but reported to the parent
// (SCMP_ACT_NOTIFY): the parent learns which call it was, kills the run and
// names the call in the Outcome.
#include "seccomp_filter.h"

#include <fmt/format.h>
#include <linux/sched.h>
#include <fcntl.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <string_view>

#include "fd.h"

namespace sandbox::detail {
namespace {

// Forbidden for every profile: kernel administration, other processes'
// memory, privilege changes, namespace escapes and the kernel attack surface
// that sandboxes routinely close (bpf, io_uring, userfaultfd, perf).
constexpr const char* kForbiddenEverywhere[] = {
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
    "mount", "umount2", "pivot_root", "chroot", "unshare", "setns",
    // The new mount API reaches the same place as mount(2).
    "fsopen", "fsconfig", "fsmount", "fspick", "move_mount", "open_tree", "mount_setattr",
    "bpf", "io_uring_setup", "io_uring_enter", "io_uring_register", "userfaultfd", "perf_event_open",
    "keyctl", "add_key", "request_key",
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot",
    "swapon", "swapoff", "acct", "quotactl", "syslog", "vhangup", "lookup_dcookie",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "sethostname", "setdomainname",
    "iopl", "ioperm", "name_to_handle_at", "open_by_handle_at", "fanotify_init",
    "setuid", "setgid", "setreuid", "setregid", "setresuid", "setresgid", "setgroups", "setfsuid", "setfsgid",
    // Leaving the process group would survive the final kill(-pgid).
    "setsid", "setpgid",
};

// A Program is one process: it may make threads but no new processes and
// may not replace itself (its first exec, made by the sandbox through
// kExecFd, is the one the filter allows).
constexpr const char* kForbiddenForPrograms[] = {"fork", "vfork", "execve"};

constexpr std::uint64_t kNamespaceFlags[] = {CLONE_NEWNS,  CLONE_NEWUSER, CLONE_NEWPID,   CLONE_NEWNET,
                                             CLONE_NEWIPC, CLONE_NEWUTS,  CLONE_NEWCGROUP};

// Adds one rule; a call this architecture lacks is skipped, not an error.
int add_rule(scmp_filter_ctx ctx, std::uint32_t action, const char* name, std::initializer_list<scmp_arg_cmp> args,
             std::string& error) {
  int nr = seccomp_syscall_resolve_name(name);
  if (nr == __NR_SCMP_ERROR) return 0;
  int rc = seccomp_rule_add_array(ctx, action, nr, static_cast<unsigned>(args.size()), args.begin());
  if (rc < 0) error = fmt::format("seccomp rule for {}: {}", name, std::strerror(-rc));
  return rc;
}

int add_rules(scmp_filter_ctx ctx, SeccompProfile profile, std::string& error) {
  const std::uint32_t forbid = SCMP_ACT_NOTIFY;
  int rc = 0;
  for (const char* name : kForbiddenEverywhere)
    if ((rc = add_rule(ctx, forbid, name, {}, error)) < 0) return rc;

  // Sockets: only local ones (some libcs talk to nscd over AF_UNIX). A
  // compiler's other sockets fail instead of ending it: javac's JVM probes
  // IPv4 and IPv6 at start-up, and a compile has no network in its
  // namespace to reach anyway; so do a JVM program's
  // (ProgramSocketsFail). A program's are a forbidden call.
  const bool sockets_fail = profile == SeccompProfile::Compiler || profile == SeccompProfile::ProgramSocketsFail;
  const std::uint32_t other_sockets = sockets_fail ? SCMP_ACT_ERRNO(EACCES) : forbid;
  if ((rc = add_rule(ctx, other_sockets, "socket", {SCMP_A0_64(SCMP_CMP_NE, AF_UNIX)}, error)) < 0) return rc;
  // kill(-1, ...) reaches every process of the uid, the other runs included.
  if ((rc = add_rule(ctx, forbid, "kill", {SCMP_A0_64(SCMP_CMP_MASKED_EQ, 0xffffffffu, 0xffffffffu)}, error)) < 0)
    return rc;
  // No new namespaces through clone; one rule per flag because a BPF
  // comparison can test "all these bits" but not "any of these bits".
  for (std::uint64_t flag : kNamespaceFlags)
    if ((rc = add_rule(ctx, forbid, "clone", {SCMP_A0_64(SCMP_CMP_MASKED_EQ, flag, flag)}, error)) < 0) return rc;
  // clone3 passes its flags in memory, out of BPF's reach. ENOSYS makes
  // glibc fall back to clone, whose flags the rules above can see.
  if ((rc = add_rule(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3", {}, error)) < 0) return rc;

  if (is_program(profile)) {
    // A ForkingProgram may fork (clone without CLONE_THREAD, below), but
    // like a Program it never execs.
    for (const char* name : kForbiddenForPrograms)
      if (is_single_process(profile) || std::string_view(name) != "fork")
        if ((rc = add_rule(ctx, forbid, name, {}, error)) < 0) return rc;
    // execveat only of kExecFd by itself: any other descriptor, or a path
    // beside it, is forbidden (two rules, as a BPF rule cannot say "or").
    if ((rc = add_rule(ctx, forbid, "execveat", {SCMP_A0_32(SCMP_CMP_NE, static_cast<std::uint32_t>(kExecFd))},
                       error)) < 0)
      return rc;
    if ((rc = add_rule(ctx, forbid, "execveat", {SCMP_A4_32(SCMP_CMP_NE, AT_EMPTY_PATH)}, error)) < 0) return rc;
    // A clone that is not a thread is a new process.
    if (is_single_process(profile))
      if ((rc = add_rule(ctx, forbid, "clone", {SCMP_A0_64(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0)}, error)) < 0)
        return rc;
    // Not forbidden: the parent reads the program's peak resident set and
    // lets the call through (see is_exit_group in notify.h).
    if ((rc = add_rule(ctx, SCMP_ACT_NOTIFY, "exit_group", {}, error)) < 0) return rc;
  }
  return 0;
}

// libseccomp 2.5 only exports to a file descriptor; a memfd keeps it in memory.
int export_bpf(scmp_filter_ctx ctx, std::vector<sock_filter>& code, std::string& error) {
  Fd memory(memfd_create("sandbox-seccomp", MFD_CLOEXEC));
  if (!memory) {
    error = fmt::format("memfd_create: {}", std::strerror(errno));
    return -errno;
  }
  if (int rc = seccomp_export_bpf(ctx, memory.get()); rc < 0) {
    error = fmt::format("seccomp_export_bpf: {}", std::strerror(-rc));
    return rc;
  }
  struct stat st {};
  if (fstat(memory.get(), &st) != 0 || st.st_size <= 0 || st.st_size % sizeof(sock_filter) != 0) {
    error = "seccomp_export_bpf produced no program";
    return -EINVAL;
  }
  code.resize(static_cast<std::size_t>(st.st_size) / sizeof(sock_filter));
  auto* out = reinterpret_cast<char*>(code.data());
  std::size_t done = 0, total = static_cast<std::size_t>(st.st_size);
  while (done < total) {
    ssize_t n = pread(memory.get(), out + done, total - done, static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = fmt::format("reading the exported seccomp program: {}", n < 0 ? std::strerror(errno) : "short read");
      return -EIO;
    }
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

CompiledFilter build(SeccompProfile profile) {
  CompiledFilter filter;
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
  if (ctx == nullptr) {
    filter.error = "seccomp_init failed";
    return filter;
  }
  // A call through another ABI (int 0x80 on x86-64) would bypass every rule
  // written for the native numbers: such a process dies on the spot.
  int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
  if (rc < 0) filter.error = fmt::format("seccomp_attr_set: {}", std::strerror(-rc));
  if (rc == 0) rc = add_rules(ctx, profile, filter.error);
  if (rc == 0) rc = export_bpf(ctx, filter.code, filter.error);
  seccomp_release(ctx);
  if (rc != 0) filter.code.clear();
  return filter;
}

}  // namespace

const CompiledFilter& compiled_filter(SeccompProfile profile) {
  static std::array<std::once_flag, kProfileCount> once;
  static std::array<CompiledFilter, kProfileCount> filters;
  auto index = static_cast<std::size_t>(profile);
  std::call_once(once[index], [&] {
    CompiledFilter& filter = filters[index];
    filter = build(profile);
    // Pointed at only once the code sits where it will stay.
    filter.program.len = static_cast<unsigned short>(filter.code.size());
    filter.program.filter = filter.code.data();
  });
  return filters[index];
}

}  // namespace sandbox::detail
