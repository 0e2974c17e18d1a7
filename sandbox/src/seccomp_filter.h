// The BPF programs behind each SeccompProfile, compiled once per process.
#pragma once

#include <linux/filter.h>

#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace sandbox::detail {

struct CompiledFilter {
  std::vector<sock_filter> code;
  sock_fprog program{};  // points into code; ready for seccomp(2)
  std::string error;     // non-empty: the profile could not be built
};

// Thread-safe; the result lives until the process exits, so the child may
// use program.filter after fork without any allocation. Not for Off.
const CompiledFilter& compiled_filter(SeccompProfile profile);

// A Program may not exec, but the sandbox must exec it: the one execveat
// the filter lets through is of this descriptor with AT_EMPTY_PATH. The
// child puts the program's binary there (close-on-exec) and the program's
// RLIMIT_NOFILE stays below it, so the program itself can never hold a
// descriptor of that number (and cannot raise the hard limit).
constexpr int kExecFd = 1023;

// Off, Program, Compiler, ForkingProgram, ProgramSocketsFail: the size of
// arrays by profile.
constexpr int kProfileCount = 5;

}  // namespace sandbox::detail
