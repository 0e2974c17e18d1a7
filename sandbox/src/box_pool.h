// Boxes kept between runs. Creating namespaces, a private root and cgroups,
// and moving a process into them, cost more than the program's own fork and
// exec: a box is made once, its keeper holds all of that, and each run is
// forked by the keeper inside it. /tmp and the box directory are remounted
// only when the previous run left them other than this run needs them.
// Each box has a uid of its own and, with cgroup v1, a cgroup reset for
// every run. Only as root: handing the workdir over (open_tree) needs it.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "box_protocol.h"
#include "cgroup.h"
#include "fd.h"
#include "filesystem_plan.h"
#include "sandbox/sandbox.h"

namespace sandbox::detail {

// The uid of box i's programs: kBoxUidBase + i (as isolate does).
constexpr std::int64_t kBoxUidBase = 60000;
constexpr int kMaxBoxes = 1000;

class Box {
 public:
  // Null with `error` set when the kernel will not make one.
  static std::unique_ptr<Box> create(int index, std::string& error);
  ~Box();
  Box(const Box&) = delete;
  Box& operator=(const Box&) = delete;

  int index() const { return index_; }
  // The box's own cgroup, reset for each run; null where cgroups are not
  // v1 (runs then get a fresh one each).
  RunCgroup* cgroup() { return cgroup_.get(); }

  // Sends one run. On success `program` is the program's pidfd, `pid` its
  // pid as the judge sees it (-1 if it is gone already) and `listener` its
  // seccomp filter's notification descriptor (none without a filter); ""
  // or why not. Either way nothing of the program runs unless it returned "".
  std::string start(const BoxRequest& request, const std::vector<int>& fds, Fd& program, Fd& listener, pid_t& pid);
  // After start(): waits until the program and all it started are gone.
  std::string finish(BoxReport& finished);

  // Whether /tmp is an empty tmpfs of this size, as a run needs it.
  bool tmp_ready(std::uint64_t tmp_bytes) const;
  // Whether the box directory shows `workdir` as the run needs it: the
  // workdir itself (writable), or an untouched tmpfs of `box_bytes` with
  // exactly `entries` bound into it.
  bool box_ready(const std::string& workdir, bool writable, std::uint64_t box_bytes,
                 const std::vector<BoxEntry>& entries) const;

  bool broken = false;  // the keeper failed: drop the box

 private:
  Box() = default;

  int index_ = 0;
  pid_t keeper_ = -1;
  Fd socket_;
  std::string receive(BoxReport& report, Fd* fd, int timeout_ms, Fd* second = nullptr);

  std::string root_;  // the box's root as seen from outside: /proc/<keeper>/root
  std::unique_ptr<RunCgroup> cgroup_;
};

// Whether runs of this policy can use a pooled box.
bool poolable(const Policy& policy);

// Takes an idle box or makes one; null when none can be made (the caller
// then runs unpooled). Thread-safe.
std::unique_ptr<Box> acquire_box();
// Returns a box after its run; a broken one is dropped.
void release_box(std::unique_ptr<Box> box);

}  // namespace sandbox::detail
