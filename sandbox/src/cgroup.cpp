// Finding the cgroup hierarchies this process may use, and one run's
// cgroup: its limits, its counters and killing everything in it.
#include "cgroup.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace sandbox::detail {
namespace fs = std::filesystem;

namespace {

std::string read_fd(int fd) {
  std::string text;
  char buffer[4096];
  for (off_t offset = 0;;) {
    ssize_t n = pread(fd, buffer, sizeof buffer, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return text;
    text.append(buffer, static_cast<std::size_t>(n));
    offset += n;
  }
}

std::string read_file(const std::string& path) {
  Fd fd(open(path.c_str(), O_RDONLY | O_CLOEXEC));
  return fd ? read_fd(fd.get()) : std::string();
}

bool write_file(const std::string& path, const std::string& text) {
  int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  ssize_t n = write(fd, text.data(), text.size());
  close(fd);
  return n == static_cast<ssize_t>(text.size());
}

struct MountInfo {
  std::string root, point, type, super_options;
};

std::vector<MountInfo> cgroup_mounts() {
  std::vector<MountInfo> mounts;
  std::ifstream in("/proc/self/mountinfo");
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string id, parent, dev, root, point, options, field;
    fields >> id >> parent >> dev >> root >> point >> options;
    while (fields >> field && field != "-") {
    }
    std::string type, source, super_options;
    fields >> type >> source >> super_options;
    if (type == "cgroup" || type == "cgroup2") mounts.push_back({root, point, type, super_options});
  }
  return mounts;
}

// This process's cgroup in each hierarchy: "" key for v2, else the controller list.
std::vector<std::pair<std::string, std::string>> own_cgroups() {
  std::vector<std::pair<std::string, std::string>> result;
  std::ifstream in("/proc/self/cgroup");
  std::string line;
  while (std::getline(in, line)) {
    auto first = line.find(':');
    auto second = line.find(':', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    result.emplace_back(line.substr(first + 1, second - first - 1), line.substr(second + 1));
  }
  return result;
}

bool has_word(const std::string& list, const std::string& word, char separator) {
  std::stringstream items(list);
  std::string item;
  while (std::getline(items, item, separator))
    if (item == word) return true;
  return false;
}

// Where this process's cgroup of a hierarchy is in the filesystem.
std::string base_path(const MountInfo& mount, const std::string& own) {
  std::string relative = own;
  if (mount.root != "/" && relative.compare(0, mount.root.size(), mount.root) == 0)
    relative = relative.substr(mount.root.size());
  if (relative == "/") relative.clear();
  return mount.point + relative;
}

// Can runs be created under `base`?
std::string try_mkdir(const std::string& base) {
  std::string probe = fmt::format("{}/sandbox-probe-{}", base, getpid());
  if (mkdir(probe.c_str(), 0755) != 0)
    return fmt::format("{} not writable ({}{})", base, std::strerror(errno), geteuid() == 0 ? "" : ", not root");
  rmdir(probe.c_str());
  return "";
}

// Cgroups this library made in processes that are gone (killed before
// they could remove them): empty ones are removed, busy ones left alone.
void sweep_stale_cgroups(const std::string& base) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(base, ec)) {
    const std::string name = entry.path().filename().string();
    long owner = 0;
    char rest = 0;
    if (name.rfind("sandbox-", 0) != 0 || std::sscanf(name.c_str(), "sandbox-%ld-%*u%c", &owner, &rest) != 1) continue;
    if (owner <= 0 || owner == getpid() || kill(static_cast<pid_t>(owner), 0) == 0 || errno != ESRCH) continue;
    rmdir(entry.path().c_str());
  }
}

CgroupSupport probe_cgroups() {
  CgroupSupport support;
  std::vector<MountInfo> mounts = cgroup_mounts();
  auto owns = own_cgroups();
  auto own_path = [&](const std::string& key) -> std::string {
    for (auto& [controllers, path] : owns)
      if (key.empty() ? controllers.empty() : has_word(controllers, key, ',')) return path;
    return "";
  };

  // v2 first, if its hierarchy has the memory controller for us.
  for (const MountInfo& mount : mounts) {
    if (mount.type != "cgroup2") continue;
    std::string base = base_path(mount, own_path(""));
    std::string controllers = read_file(base + "/cgroup.controllers");
    if (!controllers.empty() && controllers.back() == '\n') controllers.pop_back();
    if (!has_word(controllers, "memory", ' ')) {
      support.reason = fmt::format("cgroup2 at {} has no memory controller", mount.point);
      break;
    }
    if (std::string error = try_mkdir(base); !error.empty()) {
      support.reason = "cgroup: " + error;
      break;
    }
    // Runs are children of our own cgroup: the controllers must be enabled
    // for them (which the kernel refuses if we share the cgroup with other
    // processes and it is not the root).
    std::string enable = "+memory";
    if (has_word(controllers, "pids", ' ')) enable += " +pids";
    if (has_word(controllers, "cpu", ' ')) enable += " +cpu";
    write_file(base + "/cgroup.subtree_control", enable);
    std::string enabled = read_file(base + "/cgroup.subtree_control");
    if (!has_word(enabled.substr(0, enabled.find('\n')), "memory", ' ')) {
      support.reason = fmt::format("cgroup2: cannot enable the memory controller under {}", base);
      break;
    }
    support.version = 2;
    support.memory = true;
    support.memory_base = support.pids_base = support.cpu_base = base;
    support.pids = has_word(enabled.substr(0, enabled.find('\n')), "pids", ' ');
    support.cpu = true;  // cpu.stat's usage_usec exists without the cpu controller
    sweep_stale_cgroups(base);
    return support;
  }

  // v1: one hierarchy per controller (or a few together).
  std::string reasons = support.reason;
  support = CgroupSupport{};
  for (const char* controller : {"memory", "pids", "cpuacct"}) {
    std::string base;
    for (const MountInfo& mount : mounts)
      if (mount.type == "cgroup" && has_word(mount.super_options, controller, ','))
        base = base_path(mount, own_path(controller));
    std::string problem;
    if (base.empty()) problem = "no v1 hierarchy";
    else problem = try_mkdir(base);
    if (!problem.empty()) {
      reasons += fmt::format("{}cgroup_{}: {}", reasons.empty() ? "" : "; ",
                             std::string(controller) == "cpuacct" ? "cpu" : controller, problem);
      continue;
    }
    if (std::string(controller) == "memory") support.memory = true, support.memory_base = base;
    if (std::string(controller) == "pids") support.pids = true, support.pids_base = base;
    if (std::string(controller) == "cpuacct") support.cpu = true, support.cpu_base = base;
  }
  support.reason = reasons;
  for (const std::string* base : {&support.memory_base, &support.pids_base, &support.cpu_base})
    if (!base->empty()) sweep_stale_cgroups(*base);
  if (support.memory) support.version = 1;
  else support = CgroupSupport{0, false, false, false, {}, {}, {}, reasons};
  return support;
}

std::atomic<unsigned> run_counter{0};

std::uint64_t to_number(const std::string& text) { return text.empty() ? 0 : std::strtoull(text.c_str(), nullptr, 10); }

// The value of `key` in "key value" lines; 0 when absent.
std::uint64_t key_value(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  std::string name;
  std::uint64_t value;
  while (in >> name >> value)
    if (name == key) return value;
  return 0;
}

}  // namespace

const CgroupSupport& cgroup_support() {
  static const CgroupSupport support = probe_cgroups();
  return support;
}

std::string RunCgroup::create(std::uint64_t memory_bytes, int tasks) {
  const CgroupSupport& support = cgroup_support();
  if (support.version == 0) return "";
  std::string name = fmt::format("sandbox-{}-{}", getpid(), run_counter++);
  auto make = [&](const std::string& base, std::string& dir) -> std::string {
    std::string path = base + "/" + name;
    for (const std::string& existing : dirs_)
      if (existing == path) {
        dir = path;
        return "";
      }
    if (mkdir(path.c_str(), 0755) != 0) return fmt::format("mkdir {}: {}", path, std::strerror(errno));
    dirs_.push_back(path);
    dir = path;
    int fd = open((path + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return fmt::format("open {}/cgroup.procs: {}", path, std::strerror(errno));
    join_.emplace_back(fd);
    join_fds[join_count++] = fd;
    return "";
  };
  std::string error;
  if (support.memory && (error = make(support.memory_base, memory_dir_)).empty()) {
    std::string limit = std::to_string(memory_bytes);
    if (support.version == 2) {
      if (!write_file(memory_dir_ + "/memory.max", limit)) error = "cannot set memory.max";
      write_file(memory_dir_ + "/memory.swap.max", "0");
      write_file(memory_dir_ + "/memory.oom.group", "1");
    } else {
      if (!write_file(memory_dir_ + "/memory.limit_in_bytes", limit)) error = "cannot set memory.limit_in_bytes";
      memory_limit_ = memory_bytes;
      write_file(memory_dir_ + "/memory.memsw.limit_in_bytes", limit);  // absent without swap accounting
      write_file(memory_dir_ + "/memory.swappiness", "0");
    }
  }
  if (error.empty() && support.pids && tasks > 0 && (error = make(support.pids_base, pids_dir_)).empty()) {
    if (!write_file(pids_dir_ + "/pids.max", std::to_string(tasks))) error = "cannot set pids.max";
    else tasks_limit_ = tasks;
  }
  if (error.empty() && support.cpu && (error = make(support.cpu_base, cpu_dir_)).empty()) {
    cpu_file_.reset(open((cpu_dir_ + (support.version == 2 ? "/cpu.stat" : "/cpuacct.usage")).c_str(),
                         O_RDONLY | O_CLOEXEC));
    cpu_fd_ = cpu_file_.get();
  }
  return error;
}

// A box's cgroup is read and written around every run: its files stay open.
int RunCgroup::control(const std::string& path, bool write) const {
  std::string key = (write ? "w" : "r") + path;
  auto it = files_.find(key);
  if (it == files_.end())
    it = files_.emplace(key, Fd(open(path.c_str(), (write ? O_WRONLY : O_RDONLY) | O_CLOEXEC))).first;
  return it->second.get();
}

std::string RunCgroup::read_control(const std::string& path) const {
  int fd = control(path, false);
  return fd >= 0 ? read_fd(fd) : std::string();
}

bool RunCgroup::write_control(const std::string& path, const std::string& text) const {
  int fd = control(path, true);
  return fd >= 0 && pwrite(fd, text.data(), text.size(), 0) == static_cast<ssize_t>(text.size());
}

std::string RunCgroup::reset(std::uint64_t memory_bytes, int tasks) {
  if (cgroup_support().version != 1) return "only cgroup v1 counters can be reset";
  if (!memory_dir_.empty()) {
    if (memory_bytes != memory_limit_) {
      // memsw may not go below the plain limit and the plain limit not
      // above memsw: the order depends on the direction.
      std::string limit = std::to_string(memory_bytes);
      bool growing = memory_bytes > memory_limit_;
      if (growing) write_control(memory_dir_ + "/memory.memsw.limit_in_bytes", limit);
      if (!write_control(memory_dir_ + "/memory.limit_in_bytes", limit)) {
        // Below what the cgroup holds (EBUSY): page cache of the last run's
        // files, dirty still, which a limit change alone does not wait for.
        write_control(memory_dir_ + "/memory.force_empty", "0");
        if (!write_control(memory_dir_ + "/memory.limit_in_bytes", limit)) return "cannot set memory.limit_in_bytes";
      }
      if (!growing) write_control(memory_dir_ + "/memory.memsw.limit_in_bytes", limit);
      memory_limit_ = memory_bytes;
    }
    // Resetting the peak sets it to what the cgroup holds now: page cache
    // charged by earlier runs, which the report subtracts again.
    write_control(memory_dir_ + "/memory.max_usage_in_bytes", "0");
    write_control(memory_dir_ + "/memory.failcnt", "0");
    usage_at_start_ = to_number(read_control(memory_dir_ + "/memory.usage_in_bytes"));
    oom_kills_at_start_ = 0;
    oom_kills_at_start_ = oom_kills(false);
  }
  if (!pids_dir_.empty() && tasks > 0 && tasks != tasks_limit_) {
    if (!write_control(pids_dir_ + "/pids.max", std::to_string(tasks))) return "cannot set pids.max";
    tasks_limit_ = tasks;
  }
  if (!cpu_dir_.empty() && !write_control(cpu_dir_ + "/cpuacct.usage", "0")) return "cannot reset cpuacct.usage";
  return "";
}

std::int64_t RunCgroup::cpu_ms() const {
  if (cpu_fd_ < 0) return -1;
  char text[512];
  ssize_t n = pread(cpu_fd_, text, sizeof text - 1, 0);
  if (n <= 0) return -1;
  text[n] = '\0';
  if (cgroup_support().version == 1) return static_cast<std::int64_t>(std::strtoull(text, nullptr, 10) / 1000000);
  const char* usage = std::strstr(text, "usage_usec ");
  if (usage == nullptr) return -1;
  return static_cast<std::int64_t>(std::strtoull(usage + 11, nullptr, 10) / 1000);
}

std::string RunCgroup::tasks_file() const {
  if (dirs_.empty()) return {};
  return dirs_.front() + (cgroup_support().version == 2 ? "/cgroup.threads" : "/tasks");
}

std::uint64_t RunCgroup::peak_kb() const {
  if (memory_dir_.empty()) return 0;
  if (cgroup_support().version == 2) return to_number(read_control(memory_dir_ + "/memory.peak")) / 1024;
  std::uint64_t peak = to_number(read_control(memory_dir_ + "/memory.max_usage_in_bytes"));
  return (peak > usage_at_start_ ? peak - usage_at_start_ : 0) / 1024;
}

std::uint64_t RunCgroup::oom_kills(bool sigkilled) const {
  if (memory_dir_.empty()) return 0;
  std::uint64_t kills = 0;
  if (cgroup_support().version == 2) {
    kills = key_value(read_control(memory_dir_ + "/memory.events"), "oom_kill");
    return kills > oom_kills_at_start_ ? kills - oom_kills_at_start_ : 0;
  }
  std::string text = read_control(memory_dir_ + "/memory.oom_control");
  if (text.find("oom_kill ") != std::string::npos) {
    kills = key_value(text, "oom_kill");
    return kills > oom_kills_at_start_ ? kills - oom_kills_at_start_ : 0;
  }
  // Kernels before 4.13 do not count OOM kills: a SIGKILL nobody else sent
  // to a run that hit its limit is the OOM killer's.
  return sigkilled && to_number(read_control(memory_dir_ + "/memory.failcnt")) > 0 ? 1 : 0;
}

void RunCgroup::kill_all() const {
  if (cgroup_support().version == 2 && !dirs_.empty()) {
    if (write_file(dirs_.front() + "/cgroup.kill", "1")) return;
  }
  for (const std::string& dir : dirs_) {
    std::istringstream procs(read_file(dir + "/cgroup.procs"));
    pid_t pid;
    while (procs >> pid)
      if (pid > 0) kill(pid, SIGKILL);
  }
}

RunCgroup::~RunCgroup() {
  files_.clear();
  join_.clear();
  cpu_file_.reset();
  for (const std::string& dir : dirs_) {
    // Killed tasks leave the cgroup as they exit: give them a moment.
    for (int attempt = 0; attempt < 200; ++attempt) {
      if (rmdir(dir.c_str()) == 0 || errno == ENOENT) break;
      if (errno != EBUSY) break;
      if (attempt == 20) kill_all();
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
}

}  // namespace sandbox::detail
