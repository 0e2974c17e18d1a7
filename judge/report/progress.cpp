#include "report/progress.h"

#include <fmt/format.h>

namespace judge::report {

namespace {
std::string duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}
}  // namespace

Progress::Progress(std::ostream& out, Style style, std::size_t total, std::chrono::milliseconds tick)
    : out_(out), style_(style), total_(total) {
  if (style_ != Style::Bar) return;
  {
    std::lock_guard lock(mutex_);
    draw_locked();
  }
  ticker_ = std::thread([this, tick] { tick_until_done(tick); });
}

Progress::~Progress() { done(); }

std::string Progress::bar_line(std::size_t done, std::size_t total, const std::map<Verdict, std::size_t>& counts,
                               double elapsed_s, std::size_t width) {
  std::size_t filled = total ? width * done / total : width;
  std::string line = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "]";
  line += fmt::format(" {}/{}", done, total);
  for (const auto& [verdict, count] : counts) line += fmt::format(" {} {}", to_string(verdict), count);
  // The remaining work is assumed to go at the pace so far: submissions
  // differ, but a cohort mixes them evenly enough for a rough figure.
  // (fmt rather than "literal" + string: g++ 12 warns falsely on that.)
  if (done > 0 && done < total) line += fmt::format(" ETA {}", duration(elapsed_s / done * (total - done)));
  else if (done == total) line += fmt::format(" in {}", duration(elapsed_s));
  // Before the first result there is no pace yet: the clock alone shows it runs.
  else line += fmt::format(" {}", duration(elapsed_s));
  return line;
}

void Progress::draw_locked() {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  // \x1b[K clears what a longer previous line left.
  out_ << "\r" << bar_line(done_, total_, counts_, elapsed, 24) << "\x1b[K" << std::flush;
}

// Redraws once a tick, so the ETA counts down (and the elapsed time up)
// while no submission finishes; done() wakes it to stop.
void Progress::tick_until_done(std::chrono::milliseconds tick) {
  std::unique_lock lock(mutex_);
  while (!stopped_) {
    if (stop_.wait_for(lock, tick, [this] { return stopped_; })) break;
    draw_locked();
  }
}

void Progress::finished(const std::string& label, Verdict verdict) {
  std::lock_guard lock(mutex_);
  ++done_;
  ++counts_[verdict];
  if (style_ == Style::Lines)
    out_ << fmt::format("judge: [{}/{}] {} {}\n", done_, total_, label, to_string(verdict)) << std::flush;
  if (style_ == Style::Bar && !stopped_) draw_locked();
}

void Progress::note(const std::string& text) {
  std::lock_guard lock(mutex_);
  if (style_ == Style::Quiet) return;
  if (style_ == Style::Bar && !stopped_) {
    out_ << "\r\x1b[K" << "judge: " << text << "\n";
    draw_locked();
    return;
  }
  out_ << "judge: " << text << "\n" << std::flush;
}

void Progress::done() {
  {
    std::lock_guard lock(mutex_);
    if (stopped_) return;
    stopped_ = true;
  }
  stop_.notify_all();
  if (ticker_.joinable()) ticker_.join();
  std::lock_guard lock(mutex_);
  if (style_ == Style::Bar) {
    draw_locked();  // the final figures, "in <elapsed>" when all are done
    out_ << "\n" << std::flush;
  }
}

}  // namespace judge::report
