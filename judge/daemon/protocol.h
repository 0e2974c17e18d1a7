// The daemon's protocol: one JSON object per line, each way (see README,
// "The daemon"). Parsing turns a malformed request into a ProtocolError
// carrying the code the error line names.
#pragma once

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace judge::daemon {

constexpr std::size_t kMaxSourceBytes = 256 * 1024;
constexpr std::size_t kMaxKeyBytes = 256;
// JSON escaping can make a source up to 6 times longer (\u00XX); a longer
// line is refused before it is parsed.
constexpr std::size_t kMaxLineBytes = 6 * kMaxSourceBytes + 4096;

struct ProtocolError : std::runtime_error {
  ProtocolError(std::string code, const std::string& message) : std::runtime_error(message), code(std::move(code)) {}
  std::string code;  // bad_request, unknown_problem, unknown_language, too_large, not_found, key_conflict, ...
};

// A submit request, as `judge submit --socket` and `judge batch --socket`
// send it and the daemon reads it; `key` (optional) makes it idempotent:
// the daemon answers a repeat with the first one's id instead of queueing
// it again.
struct SubmitRequest {
  std::string problem;
  std::string language;
  std::string source;
  bool wait = false;
  bool hints = true;
  bool all = false;
  std::string key;  // empty: none
};

struct Request {
  std::string op;        // submit, status, list, health
  SubmitRequest submit;  // submit
  std::int64_t id = 0;   // status
};

Request parse_request(const std::string& line);
// The line a client sends for a submit: what parse_request reads back.
nlohmann::json submit_request(const SubmitRequest& request);
std::string error_line(const std::string& code, const std::string& message);

// What every connection's unread bytes may hold together: a connection
// whose next read would take the total over it gets `busy` instead.
// Thread-safe; a LineReader charges it for the bytes it holds.
class ByteBudget {
 public:
  explicit ByteBudget(std::size_t cap) : cap_(cap) {}
  bool take(std::size_t bytes);
  void force(std::size_t bytes) { held_ += bytes; }  // a few KiB over, to keep a stream in step
  void give_back(std::size_t bytes);
  std::size_t held() const { return held_.load(); }
  std::size_t cap() const { return cap_; }

 private:
  std::size_t cap_;
  std::atomic<std::size_t> held_{0};
};

// Reads one '\n'-terminated line from a socket. nullopt at end of stream
// (the peer went away); ProtocolError too_large past `cap` bytes, busy
// when `budget` (optional) is spent, timeout when `idle` (0: none) passes
// without a whole line arriving.
class LineReader {
 public:
  LineReader(int fd, std::size_t cap, ByteBudget* budget = nullptr,
             std::chrono::milliseconds idle = std::chrono::milliseconds(0))
      : fd_(fd), cap_(cap), budget_(budget), idle_(idle) {}
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  std::optional<std::string> next();
  // Drops the rest of the current line, so a client still sending an
  // oversized request can finish and read the error. False at end of stream.
  bool skip_line();

 private:
  // Appends what the socket has: false at end of stream; throws timeout.
  bool fill(std::chrono::steady_clock::time_point deadline);
  void drop(std::size_t bytes);
  std::chrono::steady_clock::time_point deadline() const;
  int fd_;
  std::size_t cap_;
  ByteBudget* budget_;
  std::chrono::milliseconds idle_;
  std::string buffer_;
  std::size_t charged_ = 0;  // of budget_, for buffer_
  bool discarding_ = false;  // inside a refused line: skip_line() drops the rest
};

// Writes all of `line` and a newline; false when the peer is gone.
bool write_line(int fd, const std::string& line);

}  // namespace judge::daemon
