// The box keeper's life: set up once, then one run per request. Nothing of
// a run survives into the next: every process of the namespace is killed
// and reaped before the judge hears the run is over, and the descriptors
// the run came with are closed.
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

namespace sandbox::detail {
namespace {

// Where the keeper keeps its descriptors; everything else is closed.
constexpr int kSocket = 3;
constexpr int kSetupErrors = 4;
constexpr int kOomScore = 5;  // the keeper's /proc/self/oom_score_adj, opened before /proc went read-only
constexpr int kFirstFree = 6;

// The OOM killer never picks the keeper over the run it serves in their
// shared cgroup; the run itself must stay killable, and it inherits the
// score at fork.
void set_oom_score(const char* score) {
  while (pwrite(kOomScore, score, strlen(score), 0) < 0 && errno == EINTR) {
  }
}

const char* box_path = nullptr;
const sock_fprog* filters[3] = {};

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

bool send_report(const BoxReport& report, int fd = -1) {
  return send_with_fds(kSocket, &report, sizeof report, &fd, fd >= 0 ? 1 : 0) == static_cast<ssize_t>(sizeof report);
}

// Everything in this pid namespace but the keeper dies and is reaped.
void kill_everything() {
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

// Blocks for the next request. False: a malformed one.
bool receive_request() {
  ssize_t n = receive_with_fds(kSocket, &request, sizeof request, request_fds, kMaxRequestFds, &request_fd_count, 0);
  if (n == 0 || (n < 0 && errno != EMSGSIZE)) judge_gone();  // the judge closed its end, or died
  const int expected = 3 + request.separate_stderr + request.has_listener + request.has_tree;
  const long header = static_cast<long>(offsetof(BoxRequest, strings));
  return n >= header && request.strings_size <= kMaxRequestStrings && n == header + request.strings_size &&
         request_fd_count == expected && request.argc > 0 &&
         request.argc + request.envc <= kMaxArguments && request.restrictions.rlimit_count >= 0 &&
         request.restrictions.rlimit_count <= 8 && request.entry_count <= kMaxBoxEntries && request.profile < 3;
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

// One request, start to finish.
void serve_one() {
  if (!receive_request()) return report_failure(ChildStep::Descriptors, EPROTO);
  const std::int64_t cpu_before = own_cpu_us();

  // The path, argv, envp, then the box's entries; the judge NUL-terminates
  // each, and a short message cannot read past what it sent.
  if (request.strings_size == 0 || request.strings[request.strings_size - 1] != '\0')
    return report_failure(ChildStep::Descriptors, EPROTO);
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
  const int in = request_fds[slot++];
  const int out = request_fds[slot++];
  const int err = request.separate_stderr ? request_fds[slot++] : out;
  const int errors = request_fds[slot++];
  const int listener = request.has_listener ? request_fds[slot++] : -1;
  const int tree = request.has_tree ? request_fds[slot++] : -1;

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

  ChildPlan plan{};
  plan.path = path;
  plan.display_path = path;
  plan.argv = argv;
  plan.envp = envp;
  plan.workdir = box_path;
  plan.stdin_fd = in;
  plan.stdout_fd = out;
  plan.stderr_fd = err;
  plan.error_fd = errors;
  plan.listener_socket = listener;
  plan.restrictions = request.restrictions;
  plan.pid_namespace = true;
  plan.in_box = true;
  plan.net_fd = -1;
  plan.filter = filters[request.profile];
  plan.exec_through_fd = request.profile == static_cast<std::uint8_t>(SeccompProfile::Program);
  plan.parent = getpid();
  sigemptyset(&plan.program_mask);

  set_oom_score("0");
  pid_t pid = fork();
  if (pid == 0) run_child(plan);
  set_oom_score("-1000");
  if (pid < 0) return report_failure(ChildStep::Box, errno);
  close_request_fds();

  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  BoxReport started{};
  started.kind = BoxReport::Started;
  if (pidfd < 0 || !send_report(started, pidfd)) judge_gone();

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
  if (!send_report(finished)) judge_gone();
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
  set_oom_score("-1000");
  box_path = start.box;
  for (int i = 0; i < 3; ++i) filters[i] = start.filters[i];
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
