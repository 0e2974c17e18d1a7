#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include "sandbox/sandbox.h"

namespace sandbox {

std::string raise_open_files_limit() {
  rlimit files{};
  if (getrlimit(RLIMIT_NOFILE, &files) != 0) return "";  // nothing to go on: the run will say
  const rlim_t needed = kOpenFilesNeeded;
  if (files.rlim_max != RLIM_INFINITY && files.rlim_max < needed && geteuid() == 0) {
    rlimit raised{needed, needed};
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) files = raised;
  }
  if (files.rlim_cur != files.rlim_max) {
    rlimit raised{files.rlim_max, files.rlim_max};
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) files.rlim_cur = files.rlim_max;
  }
  if (files.rlim_cur == RLIM_INFINITY || files.rlim_cur >= needed) return "";
  return fmt::format(
      "this process may open only {} files (ulimit -n; hard limit {}) and the sandbox needs {}: raise the hard "
      "limit (ulimit -Hn {} where allowed, LimitNOFILE= for a service) and run again",
      files.rlim_cur, files.rlim_max == RLIM_INFINITY ? std::string("unlimited") : std::to_string(files.rlim_max),
      needed, needed);
}

}  // namespace sandbox
