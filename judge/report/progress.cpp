#include "report/progress.h"

#include <fmt/format.h>

namespace judge::report {

namespace {
std::string duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}
}  // namespace

Progress::Progress(std::ostream& out, Style style, std::size_t total) : out_(out), style_(style), total_(total) {
  if (style_ == Style::Bar) out_ << "\r" << bar_line(0, total_, {}, 0, 24) << std::flush;
}

std::string Progress::bar_line(std::size_t done, std::size_t total, const std::map<Verdict, std::size_t>& counts,
                               double elapsed_s, std::size_t width) {
  std::size_t filled = total ? width * done / total : width;
  std::string line = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "]";
  line += fmt::format(" {}/{}", done, total);
  for (const auto& [verdict, count] : counts) line += fmt::format(" {} {}", to_string(verdict), count);
  // The remaining work is assumed to go at the pace so far: submissions
  // differ, but a cohort mixes them evenly enough for a rough figure.
  if (done > 0 && done < total) line += " ETA " + duration(elapsed_s / done * (total - done));
  else if (done == total) line += " in " + duration(elapsed_s);
  return line;
}

void Progress::finished(const std::string& label, Verdict verdict) {
  std::lock_guard lock(mutex_);
  ++done_;
  ++counts_[verdict];
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (style_ == Style::Lines)
    out_ << fmt::format("judge: [{}/{}] {} {}\n", done_, total_, label, to_string(verdict)) << std::flush;
  // \x1b[K clears what a longer previous line left.
  if (style_ == Style::Bar) out_ << "\r" << bar_line(done_, total_, counts_, elapsed, 24) << "\x1b[K" << std::flush;
}

void Progress::done() {
  std::lock_guard lock(mutex_);
  if (style_ == Style::Bar) out_ << "\n" << std::flush;
}

}  // namespace judge::report
