// Which namespaces this kernel lets the judge create, probed once per
// process by cloning a child that tries them.
#include "namespaces.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <thread>

#include "child.h"
#include "spawn.h"

namespace sandbox::detail {
namespace fs = std::filesystem;

namespace {

struct ProbeArgs {
  const char* root;
  const char* proc;
  const char* uid_map;
  const char* gid_map;
  bool user;
};

[[noreturn]] void probe_child(const ProbeArgs& args) {
  if (args.user) {
    if (!write_text("/proc/self/setgroups", "deny") || !write_text("/proc/self/uid_map", args.uid_map) ||
        !write_text("/proc/self/gid_map", args.gid_map))
      _exit(2);
  }
  if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) _exit(1);
  if (mount("sandbox", args.root, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") != 0) _exit(1);
  if (mkdir(args.proc, 0755) != 0) _exit(1);
  if (mount("proc", args.proc, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY, nullptr) != 0) _exit(1);
  _exit(0);
}

// 0: all works; 1: namespaces but no private fs; 2+: clone worked, setup failed; -errno: clone failed.
int probe_namespaces(bool user) {
  std::string root = new_root_dir();
  std::string proc = root + "/proc";
  std::string uid_map = fmt::format("{0} {0} 1", getuid());
  std::string gid_map = fmt::format("{0} {0} 1", getgid());
  ProbeArgs args{root.c_str(), proc.c_str(), uid_map.c_str(), gid_map.c_str(), user};
  unsigned long flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWNET | SIGCHLD;
  if (user) flags |= CLONE_NEWUSER;
  pid_t pid = spawn(flags, [&args] { probe_child(args); });
  if (pid < 0) return -errno;
  int status = 0;
  while (waitpid(static_cast<pid_t>(pid), &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status)) return 3;
  return WEXITSTATUS(status);
}

// An empty network namespace kept for the whole process: creating one per
// run costs more than the rest of the sandbox together.
int make_shared_net() {
  int fd = -1;
  std::thread maker([&fd] {
    // Namespaces belong to the thread: this one's goes away with it, but
    // the descriptor keeps the namespace alive.
    if (unshare(CLONE_NEWNET) != 0) return;
    fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
  });
  maker.join();
  return fd;
}

NamespaceSupport probe_support() {
  NamespaceSupport support;
  const bool root = geteuid() == 0;
  if (new_root_dir().empty()) {
    support.reason = "no directory for the new root";
    return support;
  }
  int result = probe_namespaces(!root);
  if (result < 0 || result >= 2) {
    support.reason = result < 0 ? fmt::format("clone with new namespaces{}: {}", root ? "" : " (user namespace)",
                                              std::strerror(-result))
                                : "setting up the user namespace failed";
    return support;
  }
  support.available = true;
  support.user = !root;
  support.private_fs = result == 0;
  if (result != 0) support.fs_reason = "cannot mount a tmpfs root with a fresh /proc";
  if (root) support.shared_net = make_shared_net();
  return support;
}

}  // namespace

const std::string& new_root_dir() {
  static const std::string dir = [] {
    std::error_code ec;
    fs::path base = fs::temp_directory_path(ec);
    if (ec) base = "/tmp";
    std::string path = (base / fmt::format("sandbox-root-{}", geteuid())).string();
    mkdir(path.c_str(), 0700);
    struct stat st {};
    if (lstat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid()) return std::string();
    chmod(path.c_str(), 0700);
    return path;
  }();
  return dir;
}

const NamespaceSupport& namespace_support() {
  static const NamespaceSupport support = probe_support();
  return support;
}

}  // namespace sandbox::detail
