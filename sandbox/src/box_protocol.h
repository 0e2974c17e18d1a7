// What the judge and a box keeper say to each other over their
// SOCK_SEQPACKET socket: one message per request or report, descriptors
// passed alongside with SCM_RIGHTS. Both ends are the same binary, so the
// structs go over as they are.
#pragma once

#include <sys/resource.h>

#include <cstddef>
#include <cstdint>

#include "child.h"

namespace sandbox::detail {

// The path, argv, envp and the box's entry names, NUL-terminated one after
// another.
constexpr std::size_t kMaxRequestStrings = 48 * 1024;
constexpr int kMaxArguments = 1024;  // argv and envp together
constexpr int kMaxBoxEntries = 256;
// stdin, stdout, stderr, error pipe, workdir tree.
constexpr int kMaxRequestFds = 5;

// The descriptors come in this order; absent ones are skipped.
struct BoxRequest {
  std::uint32_t strings_size;
  std::uint16_t argc, envc, entry_count;  // entries: prefixed 'd' or 'f'
  std::uint8_t separate_stderr, has_tree;
  std::uint8_t writable, renew_tmp;
  std::uint8_t profile;  // SeccompProfile
  std::uint64_t tmp_bytes, box_bytes;
  std::uint64_t keep_flags;
  ChildRestrictions restrictions;
  char strings[kMaxRequestStrings];
};

// Started (with the program's pidfd and, under seccomp, the filter's
// notification descriptor) or Failed, then, after Started, Finished once
// the program and everything it started are gone.
struct BoxReport {
  enum Kind : std::uint32_t { Started, Failed, Finished } kind;
  ChildError error;       // Failed
  int wait_status;        // Finished
  rusage usage;           // Finished: the program's, children included
  std::int64_t keeper_cpu_us;  // Finished: the keeper's own CPU time for the run (it shares the cgroup)
  // Finished: the keeper's own peak resident set. The program's process
  // was forked from it and started with its resident pages, which Linux
  // counts in the program's ru_maxrss (see Observation::inherited_rss_kb).
  std::int64_t keeper_rss_kb;
};

}  // namespace sandbox::detail
