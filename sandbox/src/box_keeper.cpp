// The box keeper's life: set up once, then one run per request. Nothing of
// a run survives into the next: every process of the namespace is killed
// and reaped before the judge hears the run is over, and the descriptors
// the run came with are closed. Over 400 lines: one syscall sequence per
// step of that life, in the order they run, which reads best in one file.
#include "box_keeper.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>

#include "box_mounts.h"
#include "box_protocol.h"
#include "child.h"
#include "fd_passing.h"
#include "outcome.h"

namespace sandbox::detail {
namespace {

// Where the keeper keeps its descriptors; everything else is closed.
constexpr int kSocket = 3;
constexpr int kSetupErrors = 4;
constexpr int kOomScore = 5;  // the keeper's /proc/self/oom_score_adj, opened before /proc went read-only
constexpr int kFirstFree = 6;

// The OOM killer never picks the keeper over the run it serves in their
// shared cgroup; the run itself must stay killable, and it inherits the
// score at fork. Lowering a score takes CAP_SYS_RESOURCE, which some
// containers drop: the keeper is then as killable as its runs (a killed
// keeper breaks its box, which the judge replaces) and stops trying.
bool oom_protected = false;

bool write_oom_score(const char* score) {
  ssize_t n;
  do n = pwrite(kOomScore, score, strlen(score), 0);
  while (n < 0 && errno == EINTR);
  return n >= 0;
}

void set_oom_score(const char* score) {
  if (oom_protected) write_oom_score(score);
}

const char* box_path = nullptr;
const sock_fprog* filters[kProfileCount] = {};

// The request being served. Static: a keeper never allocates.
BoxRequest request;
int request_fds[kMaxRequestFds];
int request_fd_count = 0;
char* arguments[kMaxArguments + 2];
const char* entries[kMaxBoxEntries];

[[noreturn]] void fail_setup(ChildStep step, int error) {
  ChildError message{step, error, -1};
  while (write(kSetupErrors, &message, sizeof message) < 0 && errno == EINTR) {
  }
  _exit(127);
}

bool send_report(const BoxReport& report, int fd = -1, int second = -1) {
  const int fds[2] = {fd, second};
  const int count = fd < 0 ? 0 : second < 0 ? 1 : 2;
  return send_with_fds(kSocket, &report, sizeof report, fds, count) == static_cast<ssize_t>(sizeof report);
}

// Everything in this pid namespace but the keeper dies and is reaped.
void kill_everything() {
  // Every process here descends from the keeper, and orphans are handed to
  // it: with no child left the namespace is empty, and the walk over all
  // the machine's processes that kill(-1) makes can be spared.
  siginfo_t info{};
  if (waitid(P_ALL, 0, &info, WEXITED | WNOHANG | __WALL) < 0 && errno == ECHILD) return;
  kill(-1, SIGKILL);
  for (;;) {
    pid_t pid = waitpid(-1, nullptr, __WALL);
    if (pid > 0 || (pid < 0 && errno == EINTR)) continue;
    return;  // ECHILD: nobody left
  }
}

[[noreturn]] void judge_gone() {
  kill_everything();
  _exit(0);
}

std::int64_t own_cpu_us() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000ll + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

enum class Received { Request, Malformed, Closed };

// Blocks for the next request on `socket`.
Received receive_request(int socket) {
  ssize_t n = receive_with_fds(socket, &request, sizeof request, request_fds, kMaxRequestFds, &request_fd_count, 0);
  if (n == 0 || (n < 0 && errno != EMSGSIZE)) return Received::Closed;
  const int expected = 3 + request.separate_stderr + request.has_tree;
  const long header = static_cast<long>(offsetof(BoxRequest, strings));
  const bool valid = n >= header && request.strings_size <= kMaxRequestStrings && n == header + request.strings_size &&
                     request_fd_count == expected && request.argc > 0 &&
                     request.argc + request.envc <= kMaxArguments && request.restrictions.rlimit_count >= 0 &&
                     request.restrictions.rlimit_count <= 8 && request.entry_count <= kMaxBoxEntries &&
                     request.profile < 3;
  return valid ? Received::Request : Received::Malformed;
}

// Splits the strings (the path, argv, envp, then the box's entries; the
// judge NUL-terminates each, and a short message cannot read past what it
// sent) and lays out the plan of the request's run. False: malformed.
bool plan_request(ChildPlan& plan, int& tree) {
  if (request.strings_size == 0 || request.strings[request.strings_size - 1] != '\0') return false;
  request.strings[kMaxRequestStrings - 1] = '\0';
  char* cursor = request.strings;
  auto next = [&cursor] {
    char* s = cursor;
    cursor += strlen(cursor) + 1;
    return s;
  };
  char* path = next();
  char** argv = arguments;
  for (int i = 0; i < request.argc; ++i) argv[i] = next();
  argv[request.argc] = nullptr;
  char** envp = arguments + request.argc + 1;
  for (int i = 0; i < request.envc; ++i) envp[i] = next();
  envp[request.envc] = nullptr;
  for (int i = 0; i < request.entry_count; ++i) entries[i] = next();

  int slot = 0;
  plan = ChildPlan{};
  plan.stdin_fd = request_fds[slot++];
  plan.stdout_fd = request_fds[slot++];
  plan.stderr_fd = request.separate_stderr ? request_fds[slot++] : plan.stdout_fd;
  plan.error_fd = request_fds[slot++];
  plan.listener_socket = -1;
  tree = request.has_tree ? request_fds[slot++] : -1;
  plan.path = path;
  plan.display_path = path;
  plan.argv = argv;
  plan.envp = envp;
  plan.workdir = box_path;
  plan.restrictions = request.restrictions;
  plan.pid_namespace = true;
  plan.net_fd = -1;
  plan.filter = filters[request.profile];
  plan.exec_through_fd = is_program(static_cast<SeccompProfile>(request.profile));
  plan.parent = getpid();
  sigemptyset(&plan.program_mask);
  return true;
}

void close_request_fds() {
  for (int i = 0; i < request_fd_count; ++i) close(request_fds[i]);
  request_fd_count = 0;
}

void report_failure(ChildStep step, int error) {
  close_request_fds();
  BoxReport report{};
  report.kind = BoxReport::Failed;
  report.error = {step, error, -1};
  if (!send_report(report)) judge_gone();
}

// What the box's mounts were made with, for scrub().
char tmp_options[64];
bool tmp_mounted = false;
bool box_is_tmpfs = false;
int box_entries = 0;

// Whether the tmpfs at `path` holds more than its root and `inodes` - 1
// placeholders, or any data.
bool dirty_tmpfs(const char* path, int inodes) {
  struct statfs st {};
  if (statfs(path, &st) != 0) return true;
  return st.f_bfree != st.f_blocks || st.f_files - st.f_ffree != static_cast<unsigned long>(inodes);
}

// Files a run left in the box's tmpfs mounts are memory charged to the
// box's cgroup, which no reclaim can free: left there, they would shrink
// the next run's memory, or keep the judge from lowering the limit at all.
// A dirty /tmp is mounted afresh, the same size (the next run most likely
// asks for that); a dirty tmpfs box is dropped, and the judge, finding it
// gone, has the next request rebuild it.
void scrub() {
  if (tmp_mounted && dirty_tmpfs("/tmp", 1)) {
    while (umount2("/tmp", MNT_DETACH) == 0) {
    }
    tmp_mounted = mount("tmp", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, tmp_options) == 0;
  }
  if (box_is_tmpfs && dirty_tmpfs(box_path, 1 + box_entries)) {
    while (umount2(box_path, MNT_DETACH) == 0) {
    }
    box_is_tmpfs = false;
  }
}

// "size=<bytes>,mode=1777" without snprintf, which may take locks.
const char* tmpfs_options(std::uint64_t bytes, char* out) {
  char digits[24];
  int n = 0;
  do digits[n++] = static_cast<char>('0' + bytes % 10);
  while ((bytes /= 10) != 0);
  char* p = out;
  for (const char* s = "size="; *s;) *p++ = *s++;
  while (n > 0) *p++ = digits[--n];
  for (const char* s = ",mode=1777"; *s;) *p++ = *s++;
  *p = '\0';
  return out;
}

// The next run's child, armed ahead of its request (see arm_box_child):
// it waits on `control` for the request the keeper forwards.
struct Armed {
  pid_t pid = -1;
  int control = -1;
  std::uint8_t profile = 0;
  ChildRestrictions identity{};
} armed;

bool same_identity(const ChildRestrictions& a, const ChildRestrictions& b) {
  return a.set_groups == b.set_groups && a.set_ids == b.set_ids && a.uid == b.uid && a.gid == b.gid;
}

[[noreturn]] void armed_child(int control, std::uint8_t profile, const ChildRestrictions& identity) {
  // The judge's socket is the keeper's alone.
  close(kSocket);
  close(kOomScore);
  // Named, so that whoever lists the box's processes between runs can
  // tell the judge's own waiting child from a program's leftover (exec
  // renames it).
  prctl(PR_SET_NAME, kArmedChildName, 0, 0, 0);
  ChildPlan plan{};
  plan.restrictions = identity;
  plan.filter = filters[profile];
  ArmedChild ready;
  arm_box_child(plan, ready);
  // The filter's listener goes to the judge with the keeper's Started.
  char armed_byte = 0;
  send_with_fds(control, &armed_byte, 1, &ready.listener, ready.listener >= 0 ? 1 : 0);
  if (ready.listener >= 0) close(ready.listener);
  ready.listener = -1;
  int tree = -1;
  // exit, not exit_group: the filter would hold that for a listener the
  // keeper does not read.
  if (receive_request(control) != Received::Request || !plan_request(plan, tree)) syscall(SYS_exit, 127);
  close(control);
  launch_box_child(plan, ready);
}

void discard_armed() {
  if (armed.pid < 0) return;
  close(armed.control);
  kill(armed.pid, SIGKILL);
  while (waitpid(armed.pid, nullptr, __WALL) < 0 && errno == EINTR) {
  }
  armed.pid = -1;
}

// Forks the child for a run like the last one. Without one (no memory for
// a fork, say) the next run is forked cold, as the first one is.
void arm_next(std::uint8_t profile, const ChildRestrictions& identity) {
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) return;
  set_oom_score("0");
  pid_t pid = fork();
  if (pid == 0) {
    close(pair[0]);
    armed_child(pair[1], profile, identity);
  }
  set_oom_score("-1000");
  close(pair[1]);
  if (pid < 0) {
    close(pair[0]);
    return;
  }
  armed = {pid, pair[0], profile, identity};
}

// Hands the request to the armed child, armed now if there is none or
// the one there was armed for another profile or identity. -1: no child.
pid_t launch_armed(int& listener) {
  listener = -1;
  if (armed.pid >= 0 && (armed.profile != request.profile || !same_identity(armed.identity, request.restrictions)))
    discard_armed();
  if (armed.pid < 0) arm_next(request.profile, request.restrictions);
  if (armed.pid < 0) return -1;
  // Sent once armed, before the child waits for its request.
  char byte;
  int received = 0;
  if (receive_with_fds(armed.control, &byte, 1, &listener, 1, &received, 0) != 1) {
    discard_armed();
    return -1;
  }
  if (received == 0) listener = -1;
  // The tree, last of the descriptors, was the keeper's to mount.
  const int count = request_fd_count - request.has_tree;
  request.has_tree = 0;
  const std::size_t size = offsetof(BoxRequest, strings) + request.strings_size;
  if (send_with_fds(armed.control, &request, size, request_fds, count) != static_cast<ssize_t>(size)) {
    if (listener >= 0) close(listener);
    discard_armed();
    return -1;
  }
  close(armed.control);
  pid_t pid = armed.pid;
  armed.pid = -1;
  return pid;
}

// One request, start to finish.
void serve_one() {
  switch (receive_request(kSocket)) {
    case Received::Closed: judge_gone();  // the judge closed its end, or died
    case Received::Malformed: return report_failure(ChildStep::Descriptors, EPROTO);
    case Received::Request: break;
  }
  const std::int64_t cpu_before = own_cpu_us();
  ChildPlan plan;
  int tree = -1;
  if (!plan_request(plan, tree)) return report_failure(ChildStep::Descriptors, EPROTO);

  char box_options[64];
  BoxSetup setup{};
  setup.box = box_path;
  setup.tmp_options = request.renew_tmp ? tmpfs_options(request.tmp_bytes, tmp_options) : nullptr;
  setup.tree = tree;
  setup.writable = request.writable;
  setup.box_options = tmpfs_options(request.box_bytes, box_options);
  setup.entries = entries;
  setup.entry_count = request.entry_count;
  setup.keep_flags = static_cast<unsigned long>(request.keep_flags);
  if (int error = renew_box(setup); error != 0) return report_failure(ChildStep::Box, error);
  if (setup.tmp_options != nullptr) tmp_mounted = true;
  if (tree >= 0) {
    box_is_tmpfs = !request.writable;
    box_entries = request.entry_count;
  }

  int listener = -1;
  pid_t pid = launch_armed(listener);
  if (pid < 0) return report_failure(ChildStep::Box, errno != 0 ? errno : EAGAIN);
  close_request_fds();

  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  BoxReport started{};
  started.kind = BoxReport::Started;
  if (pidfd < 0 || !send_report(started, pidfd, listener)) judge_gone();
  if (listener >= 0) close(listener);

  // The judge only speaks again after Finished: anything on the socket now
  // is its end closing.
  pollfd watch[2] = {{pidfd, POLLIN, 0}, {kSocket, POLLIN | POLLRDHUP, 0}};
  for (;;) {
    int ready = poll(watch, 2, -1);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0 || watch[1].revents != 0) judge_gone();
    if (watch[0].revents != 0) break;
  }
  close(pidfd);
  BoxReport finished{};
  finished.kind = BoxReport::Finished;
  pid_t reaped;
  do reaped = wait4(pid, &finished.wait_status, __WALL, &finished.usage);
  while (reaped < 0 && errno == EINTR);
  // The program is gone; whatever it started goes before the judge hears of it.
  kill_everything();
  scrub();
  finished.keeper_cpu_us = own_cpu_us() - cpu_before;
  finished.keeper_rss_kb = own_peak_rss_kb();
  if (!send_report(finished)) judge_gone();
  // While the judge reads the results and prepares the next run.
  arm_next(request.profile, request.restrictions);
}

}  // namespace

void run_keeper(const KeeperStart& start) noexcept {
  reset_signals();
  // Into the box's cgroups and network first: their descriptors may sit
  // where ours go.
  for (int i = 0; i < start.cgroup_count; ++i)
    if (write(start.cgroup_fds[i], "0", 1) != 1) _exit(126);
  bool net_ok = start.net_fd < 0 || setns(start.net_fd, CLONE_NEWNET) == 0;
  int net_error = errno;
  int socket = fcntl(start.socket, F_DUPFD_CLOEXEC, 16);
  int errors = fcntl(start.error_fd, F_DUPFD_CLOEXEC, 16);
  if (socket < 0 || errors < 0 || dup3(socket, kSocket, O_CLOEXEC) < 0 || dup3(errors, kSetupErrors, O_CLOEXEC) < 0)
    _exit(127);
  if (!net_ok) fail_setup(ChildStep::Network, net_error);
  int oom = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (oom < 0 || dup3(oom, kOomScore, O_CLOEXEC) < 0) fail_setup(ChildStep::Box, errno);
  oom_protected = write_oom_score("-1000");
  box_path = start.box;
  for (int i = 0; i < kProfileCount; ++i) filters[i] = start.filters[i];
  static const char kName[] = "sandbox";
  sethostname(kName, sizeof kName - 1);
  // The keeper holds a copy of the judge's memory: no program may read it
  // through /proc, whatever its uid.
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  close_from(kFirstFree);
  build_private_root(*start.root, kSetupErrors);
  if (chdir("/") != 0) fail_setup(ChildStep::PivotRoot, errno);
  int null = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null < 0) fail_setup(ChildStep::Descriptors, errno);
  for (int fd = 0; fd < 3; ++fd)
    if (dup3(null, fd, O_CLOEXEC) < 0) fail_setup(ChildStep::Descriptors, errno);
  close(null);

  BoxReport ready{};
  ready.kind = BoxReport::Started;  // "ready", before any run
  if (!send_report(ready)) _exit(0);
  close(kSetupErrors);
  for (;;) serve_one();
}

}  // namespace sandbox::detail
