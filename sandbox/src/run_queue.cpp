#include "run_queue.h"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <string>

#include "fd.h"

namespace sandbox::detail {

namespace {

bool next_number(std::string_view& text, std::uint64_t& value) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end == text.data()) return false;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  return true;
}

// A small file read whole with one pread; "" when it cannot be read.
std::string read_small(const std::string& path) {
  Fd fd(open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return {};
  std::string text;
  char buffer[4096];
  for (off_t offset = 0;;) {
    ssize_t n = pread(fd.get(), buffer, sizeof buffer, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
    offset += n;
  }
  return text;
}

}  // namespace

std::optional<SchedStat> parse_schedstat(std::string_view text) {
  SchedStat stat;
  std::uint64_t slices = 0;
  if (!next_number(text, stat.on_cpu_ns) || !next_number(text, stat.run_delay_ns) || !next_number(text, slices))
    return std::nullopt;
  return stat;
}

bool schedstat_available() {
  static const bool available = read_schedstat(getpid()).has_value();
  return available;
}

void RunQueueDelay::observe(pid_t tid, std::uint64_t run_delay_ns) {
  auto [it, fresh] = tasks_.try_emplace(tid, Seen{run_delay_ns, run_delay_ns, 0});
  Seen& seen = it->second;
  // A reading never goes down for one task; a smaller one is a new task
  // that reused the tid, counted from here.
  if (!fresh && run_delay_ns < seen.last) {
    seen.carried += seen.last - seen.first;
    seen.first = run_delay_ns;
  }
  seen.last = run_delay_ns;
}

std::uint64_t RunQueueDelay::total_ns() const {
  std::uint64_t total = 0;
  for (const auto& [tid, seen] : tasks_) total += seen.carried + seen.last - seen.first;
  return total;
}

std::vector<pid_t> run_tasks(const std::string& tasks_file, pid_t pid) {
  std::vector<pid_t> tids;
  if (!tasks_file.empty()) {
    std::string text = read_small(tasks_file);
    std::string_view rest = text;
    std::uint64_t tid = 0;
    while (next_number(rest, tid)) {
      tids.push_back(static_cast<pid_t>(tid));
      while (!rest.empty() && (rest.front() == '\n' || rest.front() == ' ')) rest.remove_prefix(1);
    }
    if (!tids.empty()) return tids;
  }
  const std::string folder = "/proc/" + std::to_string(pid) + "/task";
  DIR* dir = opendir(folder.c_str());
  if (dir == nullptr) return tids;
  while (dirent* entry = readdir(dir)) {
    std::uint64_t tid = 0;
    std::string_view name = entry->d_name;
    if (next_number(name, tid) && name.empty()) tids.push_back(static_cast<pid_t>(tid));
  }
  closedir(dir);
  return tids;
}

std::optional<SchedStat> read_schedstat(pid_t tid) {
  return parse_schedstat(read_small("/proc/" + std::to_string(tid) + "/schedstat"));
}

}  // namespace sandbox::detail
