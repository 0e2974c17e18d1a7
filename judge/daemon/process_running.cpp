#include "process_running.h"

#include <fmt/format.h>
#include <signal.h>

#include <cerrno>
#include <fstream>
#include <string>

namespace judge::daemon {

bool process_running(pid_t pid) {
  if (pid <= 0) return false;
  if (::kill(pid, 0) != 0 && errno == ESRCH) return false;
  // /proc/PID/stat: "PID (comm) STATE ...", comm may hold ')' itself.
  std::ifstream stat(fmt::format("/proc/{}/stat", pid));
  std::string line;
  if (!std::getline(stat, line)) return true;  // another pid namespace's /proc: assume so
  const std::size_t after_name = line.rfind(')');
  return after_name == std::string::npos || after_name + 2 >= line.size() || line[after_name + 2] != 'Z';
}

}  // namespace judge::daemon
