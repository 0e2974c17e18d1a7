// Before fork: everything the child will use, made by the parent as it is
// (the child may not allocate): the standard files, argv, limits, ids and
// the error pipe, shared by the pooled and the unpooled run.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "cgroup.h"
#include "child.h"
#include "fd.h"
#include "sandbox/sandbox.h"
#include "seccomp_filter.h"

namespace sandbox::detail {

using Clock = std::chrono::steady_clock;

// The sandbox's one error convention: a step that can fail returns a
// std::string, empty when it worked, else what failed in words fit for a
// report (the child, which may not allocate, sends a ChildError instead).
// failure() turns such a message into the Outcome run() returns.
Outcome failure(std::string message);
std::string errno_message(std::string_view what, int error);

// Made once, for the whole process (see run() in sandbox.h).
void prepare_process();

struct StdFiles {
  Fd in, out, err;
  int err_fd() const { return err ? err.get() : out.get(); }  // stderr may share stdout's file
};

std::vector<char*> c_strings(const std::vector<std::string>& strings);
void plan_limits(const Policy& policy, bool own_uid, const RunCgroup& cgroup, bool pids_cgroup, ChildPlan& plan);
void plan_identity(const Policy& policy, ChildPlan& plan);
// The tasks a run may have: threads for a Program, processes otherwise.
int task_limit(const Policy& policy);

// What both ways of running need, made before either.
struct Prepared {
  const CompiledFilter* filter = nullptr;
  StdFiles files;
  Fd error_read, error_write;
  Fd socket_parent, socket_child;
  std::vector<std::string> arguments;  // argv, rewritten to the box's paths
  std::string workdir;
};

std::string prepare(const Policy& policy, bool private_fs, Prepared& run);

}  // namespace sandbox::detail
