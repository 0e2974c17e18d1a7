#include "proc_stat.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace sandbox::detail {

int open_proc_stat(pid_t pid) {
  std::string path = "/proc/" + std::to_string(pid) + "/stat";
  return open(path.c_str(), O_RDONLY | O_CLOEXEC);
}

std::int64_t read_cpu_ms(int stat_fd) {
  if (stat_fd < 0) return -1;
  // The same open file is re-read from offset 0: proc regenerates it.
  char text[1024];
  ssize_t n;
  do n = pread(stat_fd, text, sizeof text - 1, 0);
  while (n < 0 && errno == EINTR);
  if (n <= 0) return -1;
  text[n] = '\0';

  // The command name (field 2) may hold spaces and parentheses: the fields
  // we want are counted from the last ')'.
  const char* cursor = std::strrchr(text, ')');
  if (cursor == nullptr) return -1;
  ++cursor;
  // After ')': state is field 3; utime, stime, cutime, cstime are 14-17.
  std::int64_t ticks = 0;
  for (int field = 3; field <= 17; ++field) {
    while (*cursor == ' ') ++cursor;
    if (*cursor == '\0') return -1;
    char* end = nullptr;
    long long value = std::strtoll(cursor, &end, 10);
    if (field >= 14) ticks += value;
    cursor = end != cursor ? end : std::strchr(cursor, ' ');
    if (cursor == nullptr) return -1;
  }
  static const long ticks_per_second = sysconf(_SC_CLK_TCK);
  return ticks * 1000 / ticks_per_second;
}

std::uint64_t read_peak_resident_kb(pid_t pid) {
  std::string path = "/proc/" + std::to_string(pid) + "/status";
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char text[4096];
  ssize_t n;
  do n = read(fd, text, sizeof text - 1);
  while (n < 0 && errno == EINTR);
  close(fd);
  if (n <= 0) return 0;
  text[n] = '\0';
  const char* line = std::strstr(text, "\nVmHWM:");
  return line != nullptr ? std::strtoull(line + 7, nullptr, 10) : 0;
}

}  // namespace sandbox::detail
