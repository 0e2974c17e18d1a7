// Progress of a batch (the CLI shows it on stderr): on a terminal one bar redrawn in place
// (done/total, counts by verdict, ETA); on a pipe one line per finished
// submission, so logs stay readable; nothing when quiet. Thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <ostream>
#include <string>

#include "engine/verdict.h"

namespace judge::report {

class Progress {
 public:
  enum class Style { Bar, Lines, Quiet };

  Progress(std::ostream& out, Style style, std::size_t total);
  void finished(const std::string& label, Verdict verdict);
  void done();  // ends the bar's line

  // The line the bar shows, without control characters; a function of its
  // arguments alone, so it can be tested.
  static std::string bar_line(std::size_t done, std::size_t total, const std::map<Verdict, std::size_t>& counts,
                              double elapsed_s, std::size_t width);

 private:
  std::ostream& out_;
  Style style_;
  std::size_t total_;
  std::size_t done_ = 0;
  std::map<Verdict, std::size_t> counts_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::mutex mutex_;
};

}  // namespace judge::report
