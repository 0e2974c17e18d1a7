// cgroups: which hierarchies this process may use (v1 or v2), and one
// run's cgroup with its memory, pids and CPU controls and counters.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fd.h"

namespace sandbox::detail {

struct CgroupSupport {
  int version = 0;  // 0: none, 1, 2
  bool memory = false, pids = false, cpu = false;
  std::string memory_base, pids_base, cpu_base;  // v1: one per hierarchy; v2: all the same
  std::string reason;                            // why not (or why partly)
};
const CgroupSupport& cgroup_support();

// One run's cgroup(s). Created before the clone, removed by the destructor.
class RunCgroup {
 public:
  RunCgroup() = default;
  ~RunCgroup();
  RunCgroup(const RunCgroup&) = delete;
  RunCgroup& operator=(const RunCgroup&) = delete;

  // "" on success. `tasks` <= 0: no pids limit.
  std::string create(std::uint64_t memory_bytes, int tasks);
  // For a cgroup kept across runs (a box's, cgroup v1 only): sets this
  // run's limits and restarts the counters, so the figures below are the
  // run's own. "" or what failed.
  std::string reset(std::uint64_t memory_bytes, int tasks);
  bool active() const { return !dirs_.empty(); }
  bool has_memory() const { return !memory_dir_.empty(); }
  bool has_cpu() const { return cpu_fd_ >= 0; }

  // cgroup.procs descriptors the child writes "0" into (up to 3).
  int join_fds[3] = {-1, -1, -1};
  int join_count = 0;

  // The file listing every thread of the run ("" without a cgroup).
  std::string tasks_file() const;
  std::int64_t cpu_ms() const;       // -1: unknown
  std::uint64_t peak_kb() const;     // 0: unknown
  // OOM kills in this cgroup; `sigkilled`: the program died of a SIGKILL
  // the parent did not send (for kernels that do not count OOM kills).
  std::uint64_t oom_kills(bool sigkilled) const;
  void kill_all() const;

 private:
  int control(const std::string& path, bool write) const;
  std::string read_control(const std::string& path) const;
  bool write_control(const std::string& path, const std::string& text) const;

  std::vector<std::string> dirs_;
  mutable std::map<std::string, Fd> files_;  // open control files, by "r"/"w" + path
  std::string memory_dir_, pids_dir_, cpu_dir_;
  std::vector<Fd> join_;
  int cpu_fd_ = -1;
  Fd cpu_file_;
  // What a reused cgroup held when the run began.
  std::uint64_t memory_limit_ = 0;
  int tasks_limit_ = 0;
  std::uint64_t usage_at_start_ = 0;
  std::uint64_t oom_kills_at_start_ = 0;
};

}  // namespace sandbox::detail
