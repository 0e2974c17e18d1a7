// The judge daemon: one accept loop, one thread per connection, a queue in
// SQLite and N worker threads calling judge::grade(). SIGTERM or SIGINT
// drains it: it stops accepting, finishes what is running, and returns.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>

#include "engine/base/settings.h"

namespace judge {
struct Problem;
class RunnerSet;
}  // namespace judge

namespace judge::daemon {

struct ServerConfig {
  std::filesystem::path socket;
  std::filesystem::path database;
  unsigned workers = 1;
  std::filesystem::path problems_dir;
  // The caches and the environment's choices, built by the front end.
  // A package with `limits.time_multiplier` is calibrated under its cache
  // before its first grading (calibrate.h's ensure_calibration).
  Settings settings;
  // Connections served at once; more are refused (too_many_connections).
  // 0: a quarter of the descriptors the process may open, between 16 and 256.
  unsigned max_connections = 0;
  // A connection that brings no whole request line in this long is closed
  // (timeout), so slow clients cannot hold their places for ever.
  std::chrono::milliseconds idle_timeout{60000};
  // What unfinished request lines may hold, all connections together (busy).
  std::size_t max_buffered_bytes = std::size_t{64} << 20;
};

// A submission whose grading was cut short this many times (the daemon
// killed, or its worker) is finished as IE instead of graded again.
constexpr int kMaxAttempts = 3;

// Serves until SIGTERM or SIGINT, then drains. Throws InputError when the
// socket or database cannot be set up.
void serve(const ServerConfig& config);

}  // namespace judge::daemon
