// What a box keeper renews of its box between runs: /tmp and the box
// directory, when the judge found them other than the next run needs them.
#pragma once

namespace sandbox::detail {

struct BoxSetup {
  const char* box;           // the box directory
  const char* tmp_options;   // non-null: unmount /tmp and mount a fresh tmpfs with these
  int tree;                  // >= 0: the workdir (a detached open_tree copy) to show at `box`
  bool writable;             // the tree itself, or a tmpfs with the entries bound read-only
  const char* box_options;   // the tmpfs's, when !writable
  const char* const* entries;  // names, each prefixed 'd' or 'f'
  int entry_count;
  unsigned long keep_flags;  // flags the binds must keep
};

// 0, or the errno of the step that failed. Async-signal-safe.
int renew_box(const BoxSetup& setup) noexcept;

}  // namespace sandbox::detail
