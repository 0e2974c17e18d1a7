// Progress of a batch (the CLI shows it on stderr): on a terminal one bar redrawn in place
// (done/total, counts by verdict, elapsed time or ETA), on every finished
// submission and once a `tick` besides, so the clock runs while a long
// grading holds it; on a pipe one line per finished submission, so logs stay
// readable; nothing when quiet. Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

#include "engine/language/verdict.h"

namespace judge::report {

class Progress {
 public:
  enum class Style { Bar, Lines, Quiet };

  Progress(std::ostream& out, Style style, std::size_t total,
           std::chrono::milliseconds tick = std::chrono::seconds(1));
  ~Progress();  // done(), if it was not called
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void finished(const std::string& label, Verdict verdict);
  // A line of its own (`judge: <text>`), above the bar on a terminal.
  void note(const std::string& text);
  void done();  // stops the tick and ends the bar's line; idempotent

  // The line the bar shows, without control characters; a function of its
  // arguments alone, so it can be tested.
  static std::string bar_line(std::size_t done, std::size_t total, const std::map<Verdict, std::size_t>& counts,
                              double elapsed_s, std::size_t width);

 private:
  void draw_locked();  // the bar, mutex_ held
  void tick_until_done(std::chrono::milliseconds tick);

  std::ostream& out_;
  Style style_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::map<Verdict, std::size_t> counts_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::mutex mutex_;  // guards everything above and below, and every write to out_
  bool stopped_ = false;
  std::condition_variable stop_;
  std::thread ticker_;  // Bar only
};

}  // namespace judge::report
