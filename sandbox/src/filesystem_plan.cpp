// The private filesystem view, planned by the parent as a list of mount
// steps the child carries out before execve.
#include "filesystem_plan.h"

#include <fmt/format.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <filesystem>

#include "namespaces.h"

namespace sandbox::detail {
namespace fs = std::filesystem;

const char* FilesystemPlan::keep(std::string s) {
  strings.push_back(std::make_unique<std::string>(std::move(s)));
  return strings.back()->c_str();
}

namespace {

// Flags a bind mount must keep (a user namespace may not drop them).
unsigned long locked_flags(const std::string& path) {
  struct statvfs st {};
  if (statvfs(path.c_str(), &st) != 0) return 0;
  unsigned long flags = 0;
  if (st.f_flag & ST_NOSUID) flags |= MS_NOSUID;
  if (st.f_flag & ST_NODEV) flags |= MS_NODEV;
  if (st.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (st.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (st.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (st.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  if (st.f_flag & ST_RDONLY) flags |= MS_RDONLY;
  return flags;
}

void add_parents(FilesystemPlan& plan, const std::string& inside, std::vector<std::string>& made) {
  // Every ancestor of `inside` (itself excluded) below the root.
  for (std::size_t slash = inside.find('/', 1); slash != std::string::npos; slash = inside.find('/', slash + 1)) {
    std::string dir = inside.substr(0, slash);
    if (std::find(made.begin(), made.end(), dir) != made.end()) continue;
    made.push_back(dir);
    plan.steps.push_back({MountStep::Mkdir, nullptr, plan.keep(std::string(plan.root) + dir), nullptr, 0, nullptr, true});
  }
}

// Shows host `path` read-only at the same place; symlinks are recreated.
void add_readonly(FilesystemPlan& plan, const std::string& path, std::vector<std::string>& made) {
  struct stat st {};
  if (lstat(path.c_str(), &st) != 0) return;
  add_parents(plan, path, made);
  const char* target = plan.keep(std::string(plan.root) + path);
  if (S_ISLNK(st.st_mode)) {
    std::error_code ec;
    fs::path link = fs::read_symlink(path, ec);
    if (!ec) plan.steps.push_back({MountStep::Symlink, plan.keep(link.string()), target, nullptr, 0, nullptr, true});
    return;
  }
  made.push_back(path);
  plan.steps.push_back({S_ISDIR(st.st_mode) ? MountStep::Mkdir : MountStep::Touch, nullptr, target, nullptr, 0,
                        nullptr, false});
  const char* source = plan.keep(path);
  plan.steps.push_back({MountStep::Mount, source, target, nullptr, MS_BIND | MS_REC, nullptr, false});
  plan.steps.push_back({MountStep::Mount, nullptr, target, nullptr,
                        MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | locked_flags(path), nullptr,
                        false});
}

}  // namespace

namespace {

// What every run's root holds whatever its workdir: the system directories,
// a few files of /etc, /dev, a fresh /proc, and the mount points /tmp and
// the box. `extra` are more host paths shown read-only.
std::string plan_system_part(const std::vector<fs::path>& extra, FilesystemPlan& plan, std::vector<std::string>& made) {
  auto mkdir_step = [&](const std::string& inside) {
    made.push_back(inside);
    plan.steps.push_back({MountStep::Mkdir, nullptr, plan.keep(std::string(plan.root) + inside), nullptr, 0, nullptr,
                          false});
  };
  plan.steps.push_back({MountStep::Mount, "sandbox", plan.root, "tmpfs", MS_NOSUID | MS_NODEV,
                        "size=1m,nr_inodes=4096,mode=0755", false});

  for (const char* dir : {"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"})
    add_readonly(plan, dir, made);
  mkdir_step("/etc");
  for (const char* file : {"/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
                           "/etc/localtime", "/etc/nsswitch.conf", "/etc/passwd", "/etc/group"})
    add_readonly(plan, file, made);
  // A JDK's configuration: Debian's JDK finds its conf/ (java.security,
  // the default logging and net properties) through a link to
  // /etc/java-<version>-openjdk, and neither javac nor java starts without
  // it. Configuration only, nothing secret.
  std::error_code etc_error;
  for (const auto& entry : fs::directory_iterator("/etc", etc_error))
    if (entry.path().filename().string().rfind("java-", 0) == 0) add_readonly(plan, entry.path().string(), made);
  for (const fs::path& path : extra) {
    if (!path.is_absolute()) return fmt::format("readonly path {} is not absolute", path.string());
    add_readonly(plan, path.lexically_normal().string(), made);
  }

  mkdir_step("/dev");
  for (const char* device : {"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"}) {
    const char* target = plan.keep(std::string(plan.root) + device);
    plan.steps.push_back({MountStep::Touch, nullptr, target, nullptr, 0, nullptr, false});
    plan.steps.push_back({MountStep::Mount, device, target, nullptr, MS_BIND, nullptr, false});
  }
  for (auto [name, link] : {std::pair{"/dev/fd", "/proc/self/fd"}, std::pair{"/dev/stdin", "/proc/self/fd/0"},
                            std::pair{"/dev/stdout", "/proc/self/fd/1"}, std::pair{"/dev/stderr", "/proc/self/fd/2"}})
    plan.steps.push_back(
        {MountStep::Symlink, link, plan.keep(std::string(plan.root) + name), nullptr, 0, nullptr, false});

  mkdir_step("/proc");
  plan.steps.push_back({MountStep::Proc, "proc", plan.keep(std::string(plan.root) + "/proc"), "proc",
                        MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY, nullptr, false});
  mkdir_step("/tmp");
  return "";
}

std::string normal_box_path(const std::string& box_path, std::string& box) {
  box = fs::path(box_path).lexically_normal().string();
  if (box.empty() || box[0] != '/' || box == "/") return fmt::format("box path {} is not a directory under /", box);
  return "";
}

void plan_read_only_root(FilesystemPlan& plan) {
  plan.steps.push_back(
      {MountStep::Mount, nullptr, plan.root, nullptr, MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr, false});
}

}  // namespace

std::string plan_filesystem(const Policy& policy, FilesystemPlan& plan) {
  plan.root = new_root_dir().c_str();
  std::vector<std::string> made;
  if (std::string error = plan_system_part(policy.readonly_paths, plan, made); !error.empty()) return error;
  plan.steps.push_back({MountStep::Mount, "tmp", plan.keep(std::string(plan.root) + "/tmp"), "tmpfs",
                        MS_NOSUID | MS_NODEV, plan.keep(fmt::format("size={},mode=1777", policy.tmp_bytes)), false});

  std::string box;
  if (std::string error = normal_box_path(policy.box_path, box); !error.empty()) return error;
  add_parents(plan, box, made);
  made.push_back(box);
  const char* box_target = plan.keep(std::string(plan.root) + box);
  plan.steps.push_back({MountStep::Mkdir, nullptr, box_target, nullptr, 0, nullptr, false});
  std::string workdir = policy.workdir.empty() ? "." : policy.workdir.string();
  const unsigned long kept = locked_flags(workdir) & ~MS_RDONLY;
  if (policy.workdir_writable) {
    // "." is the workdir: the child has already changed into it.
    plan.steps.push_back({MountStep::Mount, ".", box_target, nullptr, MS_BIND | MS_REC, nullptr, false});
    plan.steps.push_back({MountStep::Mount, nullptr, box_target, nullptr, MS_REMOUNT | MS_BIND | MS_NOSUID | MS_NODEV | kept,
                          nullptr, false});
  } else {
    plan.steps.push_back({MountStep::Mount, "box", box_target, "tmpfs", MS_NOSUID | MS_NODEV,
                          plan.keep(fmt::format("size={},mode=1777", policy.box_bytes)), false});
    for (const BoxEntry& entry : box_entries(workdir)) {
      const char* target = plan.keep(std::string(box_target) + "/" + entry.name);
      plan.steps.push_back({entry.directory ? MountStep::Mkdir : MountStep::Touch, nullptr, target, nullptr, 0, nullptr, false});
      plan.steps.push_back({MountStep::Mount, plan.keep("./" + entry.name), target, nullptr, MS_BIND | MS_REC, nullptr, false});
      plan.steps.push_back({MountStep::Mount, nullptr, target, nullptr,
                            MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | kept, nullptr, false});
    }
  }
  plan_read_only_root(plan);
  plan.box = plan.keep(box);
  return "";
}

std::string plan_box_root(const std::string& box_path, FilesystemPlan& plan) {
  plan.root = new_root_dir().c_str();
  std::vector<std::string> made;
  if (std::string error = plan_system_part({}, plan, made); !error.empty()) return error;
  std::string box;
  if (std::string error = normal_box_path(box_path, box); !error.empty()) return error;
  add_parents(plan, box, made);
  plan.steps.push_back({MountStep::Mkdir, nullptr, plan.keep(std::string(plan.root) + box), nullptr, 0, nullptr, false});
  plan_read_only_root(plan);
  plan.box = plan.keep(box);
  return "";
}

std::vector<BoxEntry> box_entries(const std::string& workdir) {
  std::vector<BoxEntry> entries;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(workdir, ec)) {
    // A link in the workdir may have been planted by an earlier run: it is
    // never followed into the box. FIFOs and sockets are left out too.
    struct stat st {};
    if (lstat(entry.path().c_str(), &st) != 0 || !(S_ISDIR(st.st_mode) || S_ISREG(st.st_mode))) continue;
    entries.push_back({entry.path().filename().string(), S_ISDIR(st.st_mode), st.st_dev, st.st_ino});
  }
  return entries;
}

unsigned long workdir_mount_flags(const std::string& workdir) { return locked_flags(workdir) & ~MS_RDONLY; }

std::string to_box_path(const Policy& policy, const std::string& arg) {
  if (policy.workdir.empty() || arg.empty() || arg[0] != '/') return arg;
  std::string workdir = policy.workdir.lexically_normal().string();
  while (workdir.size() > 1 && workdir.back() == '/') workdir.pop_back();
  std::string box = fs::path(policy.box_path).lexically_normal().string();
  if (arg == workdir) return box;
  if (arg.size() > workdir.size() && arg.compare(0, workdir.size(), workdir) == 0 && arg[workdir.size()] == '/')
    return box + arg.substr(workdir.size());
  return arg;
}

}  // namespace sandbox::detail
