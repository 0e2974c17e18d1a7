#include "box_pool.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <linux/magic.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fstream>
#include <mutex>

#include "box_keeper.h"
#include "child.h"
#include "fd_passing.h"
#include "namespaces.h"
#include "seccomp_filter.h"
#include "spawn.h"

namespace sandbox::detail {
namespace {

// A keeper answers within microseconds; these only bound one that hangs
// (a mount stuck on a dead filesystem), which then breaks its box.
constexpr int kReadyTimeoutMs = 10000;
constexpr int kStartTimeoutMs = 10000;
// Killing and reaping what a run left can take a while (a fork bomb's
// processes), but not forever.
constexpr int kFinishTimeoutMs = 60000;
constexpr const char* kBoxPath = "/box";

std::string errno_message(std::string_view what, int error) {
  return fmt::format("{}: {}", what, std::strerror(error));
}

std::uint64_t pages(std::uint64_t bytes, long page) { return (bytes + page - 1) / static_cast<std::uint64_t>(page); }

// An empty tmpfs of `bytes` but for `inodes` inodes (its root included).
bool clean_tmpfs(const std::string& path, std::uint64_t bytes, std::uint64_t inodes) {
  struct statfs st {};
  if (statfs(path.c_str(), &st) != 0 || st.f_type != TMPFS_MAGIC) return false;
  return st.f_blocks == pages(bytes, st.f_bsize) && st.f_bfree == st.f_blocks && st.f_files - st.f_ffree == inodes;
}

// The pid of the process behind a pidfd, as this process sees it.
pid_t pidfd_pid(int pidfd) {
  std::ifstream info(fmt::format("/proc/self/fdinfo/{}", pidfd));
  std::string key;
  while (info >> key) {
    if (key == "Pid:") {
      pid_t pid = -1;
      info >> pid;
      return pid;
    }
    info.ignore(1 << 16, '\n');
  }
  return -1;
}

}  // namespace

bool poolable(const Policy& policy) {
  const NamespaceSupport& namespaces = namespace_support();
  // Handing the workdir over (open_tree) takes root. A box's cgroup is
  // reused, so its counters must be reset between runs, which cgroup v1
  // allows; under v2 each run gets a cgroup of its own, unpooled.
  return geteuid() == 0 && cgroup_support().version != 2 && namespaces.available && namespaces.private_fs &&
         policy.private_filesystem &&
         policy.readonly_paths.empty() && std::filesystem::path(policy.box_path).lexically_normal() == kBoxPath;
}

std::unique_ptr<Box> Box::create(int index, std::string& error) {
  const NamespaceSupport& namespaces = namespace_support();
  std::unique_ptr<Box> box(new Box);
  box->index_ = index;

  FilesystemPlan root;
  if (error = plan_box_root(kBoxPath, root); !error.empty()) return nullptr;
  KeeperStart start{};
  start.root = &root;
  start.box = root.box;
  start.net_fd = namespaces.shared_net;
  for (SeccompProfile profile : {SeccompProfile::Program, SeccompProfile::Compiler, SeccompProfile::ForkingProgram,
                                 SeccompProfile::ProgramSocketsFail}) {
    const CompiledFilter& filter = compiled_filter(profile);
    if (!filter.error.empty()) {
      error = filter.error;
      return nullptr;
    }
    start.filters[static_cast<int>(profile)] = &filter.program;
  }
  unsigned long flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | SIGCHLD;
  if (namespaces.shared_net < 0) flags |= CLONE_NEWNET;

  int pair[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
    error = errno_message("socketpair", errno);
    return nullptr;
  }
  box->socket_.reset(pair[0]);
  Fd keeper_end(pair[1]);
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    error = errno_message("pipe2", errno);
    return nullptr;
  }
  Fd errors_read(pipe_fds[0]), errors_write(pipe_fds[1]);
  start.socket = keeper_end.get();
  start.error_fd = errors_write.get();

  if (cgroup_support().version == 1) {
    box->cgroup_ = std::make_unique<RunCgroup>();
    if (std::string problem = box->cgroup_->create(256ull << 20, 2); !problem.empty()) {
      error = "cgroup: " + problem;
      return nullptr;
    }
    for (int i = 0; i < box->cgroup_->join_count; ++i) start.cgroup_fds[i] = box->cgroup_->join_fds[i];
    start.cgroup_count = box->cgroup_->join_count;
  }

  pid_t pid = spawn(flags, [&start] { run_keeper(start); });
  if (pid < 0) {
    error = errno_message("clone", errno);
    return nullptr;
  }
  box->keeper_ = static_cast<pid_t>(pid);
  keeper_end.reset();
  errors_write.reset();

  BoxReport ready{};
  if (error = box->receive(ready, nullptr, kReadyTimeoutMs); !error.empty()) {
    ChildError setup{};
    if (read(errors_read.get(), &setup, sizeof setup) == static_cast<ssize_t>(sizeof setup)) {
      ChildPlan described{};
      described.display_path = "";
      described.workdir = kBoxPath;
      error = "building a box: " + describe(setup, described);
    } else {
      error = "building a box: " + error;
    }
    return nullptr;
  }
  box->root_ = fmt::format("/proc/{}/root", pid);
  return box;
}

Box::~Box() {
  socket_.reset();  // the keeper kills its namespace and exits on EOF
  if (keeper_ > 0) {
    if (broken) kill(keeper_, SIGKILL);
    while (waitpid(keeper_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

std::string Box::receive(BoxReport& report, Fd* fd, int timeout_ms, Fd* second) {
  pollfd wait{socket_.get(), POLLIN, 0};
  int ready;
  do ready = poll(&wait, 1, timeout_ms);
  while (ready < 0 && errno == EINTR);
  if (ready == 0) {
    broken = true;
    return "the box keeper did not answer";
  }
  int received[2] = {-1, -1}, count = 0;
  ssize_t n = receive_with_fds(socket_.get(), &report, sizeof report, received, 2, &count, MSG_DONTWAIT);
  Fd* targets[2] = {fd, second};
  for (int i = 0; i < count; ++i) {
    if (targets[i] != nullptr) targets[i]->reset(received[i]);
    else close(received[i]);
  }
  if (n != static_cast<ssize_t>(sizeof report)) {
    broken = true;
    return n == 0 ? "the box keeper died" : errno_message("receiving from the box keeper", errno);
  }
  return "";
}

std::string Box::start(const BoxRequest& request, const std::vector<int>& fds, Fd& program, Fd& listener,
                       pid_t& pid) {
  // Only the strings in use go over.
  const std::size_t size = offsetof(BoxRequest, strings) + request.strings_size;
  ssize_t n = send_with_fds(socket_.get(), &request, size, fds.data(), static_cast<int>(fds.size()));
  if (n != static_cast<ssize_t>(size)) {
    broken = true;
    return errno_message("sending to the box keeper", errno);
  }
  BoxReport report{};
  if (std::string error = receive(report, &program, kStartTimeoutMs, &listener); !error.empty()) return error;
  if (report.kind == BoxReport::Failed) {
    // The box may be half remounted: a fresh one is cheaper than doubt.
    broken = true;
    ChildPlan described{};
    described.display_path = "";
    described.workdir = kBoxPath;
    return describe(report.error, described);
  }
  if (report.kind != BoxReport::Started || !program) {
    broken = true;
    return "the box keeper answered out of turn";
  }
  // -1 when the program is already gone (and reaped by the keeper): the
  // pidfd is all the supervision needs.
  pid = pidfd_pid(program.get());
  return "";
}

std::string Box::finish(BoxReport& finished) {
  if (std::string error = receive(finished, nullptr, kFinishTimeoutMs); !error.empty()) return error;
  if (finished.kind != BoxReport::Finished) {
    broken = true;
    return "the box keeper answered out of turn";
  }
  return "";
}

bool Box::tmp_ready(std::uint64_t tmp_bytes) const { return clean_tmpfs(root_ + "/tmp", tmp_bytes, 1); }

bool Box::box_ready(const std::string& workdir, bool writable, std::uint64_t box_bytes,
                    const std::vector<BoxEntry>& entries) const {
  const std::string box = root_ + kBoxPath;
  struct stat inside {}, outside {}, root {};
  if (stat(box.c_str(), &inside) != 0 || stat(workdir.c_str(), &outside) != 0 || stat(root_.c_str(), &root) != 0)
    return false;
  if (writable) return inside.st_dev == outside.st_dev && inside.st_ino == outside.st_ino;
  // The keeper drops a box the last run wrote to: /box is then a plain
  // directory of the box's root.
  if (inside.st_dev == outside.st_dev || inside.st_dev == root.st_dev ||
      !clean_tmpfs(box, box_bytes, 1 + entries.size()))
    return false;
  for (const BoxEntry& entry : entries) {
    struct stat bound {};
    if (lstat((box + "/" + entry.name).c_str(), &bound) != 0 || bound.st_dev != entry.device ||
        bound.st_ino != entry.inode)
      return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// The pool

namespace {

struct Pool {
  std::mutex mutex;
  std::vector<std::unique_ptr<Box>> idle;
  std::vector<bool> in_use = std::vector<bool>(kMaxBoxes, false);  // by index: each box's uid is its own
  bool failed = false;  // a box could not be made: stop trying
};

// At exit the idle boxes go, keepers first, so that their cgroups can be
// removed (a box's cgroup outlives its keeper otherwise: the keeper exits
// with the process, but nobody is left to rmdir). A box still in use by
// another thread at exit is left to the next start's sweep (see
// cgroup_support()).
void drop_idle_boxes();

Pool& pool() {
  // Never destroyed: a thread may still be running a box at exit.
  static Pool* instance = [] {
    std::atexit(drop_idle_boxes);
    return new Pool;
  }();
  return *instance;
}

void drop_idle_boxes() {
  std::vector<std::unique_ptr<Box>> idle;
  {
    std::lock_guard lock(pool().mutex);
    idle.swap(pool().idle);
  }
  idle.clear();
}

}  // namespace

std::unique_ptr<Box> acquire_box() {
  Pool& p = pool();
  int index = -1;
  {
    std::lock_guard lock(p.mutex);
    if (!p.idle.empty()) {
      std::unique_ptr<Box> box = std::move(p.idle.back());
      p.idle.pop_back();
      return box;
    }
    if (p.failed) return nullptr;
    for (int i = 0; i < kMaxBoxes; ++i)
      if (!p.in_use[i]) {
        index = i;
        p.in_use[i] = true;
        break;
      }
    if (index < 0) return nullptr;
  }
  std::string error;
  std::unique_ptr<Box> box = Box::create(index, error);
  if (!box) {
    std::lock_guard lock(p.mutex);
    p.in_use[index] = false;
    p.failed = true;
  }
  return box;
}

void release_box(std::unique_ptr<Box> box) {
  if (!box) return;
  Pool& p = pool();
  if (box->broken) {
    int index = box->index();
    box.reset();
    std::lock_guard lock(p.mutex);
    p.in_use[index] = false;
    return;
  }
  std::lock_guard lock(p.mutex);
  p.idle.push_back(std::move(box));
}

}  // namespace sandbox::detail
