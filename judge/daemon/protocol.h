// The daemon's protocol: one JSON object per line, each way (see README,
// "The daemon"). Parsing turns a malformed request into a ProtocolError
// carrying the code the error line names.
#pragma once

#include <nlohmann/json.hpp>

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

struct Request {
  std::string op;  // submit, status, list
  // submit
  std::string problem;
  std::string language;
  std::string source;
  bool wait = false;
  bool hints = true;
  bool all = false;
  std::string key;  // optional idempotency key: empty when not given
  // status
  std::int64_t id = 0;
};

Request parse_request(const std::string& line);
std::string error_line(const std::string& code, const std::string& message);

// Reads one '\n'-terminated line from a socket. nullopt at end of stream
// (the peer went away); ProtocolError too_large past `cap` bytes.
class LineReader {
 public:
  LineReader(int fd, std::size_t cap) : fd_(fd), cap_(cap) {}
  std::optional<std::string> next();
  // Drops the rest of the current line, so a client still sending an
  // oversized request can finish and read the error. False at end of stream.
  bool skip_line();

 private:
  int fd_;
  std::size_t cap_;
  std::string buffer_;
};

// Writes all of `line` and a newline; false when the peer is gone.
bool write_line(int fd, const std::string& line);

}  // namespace judge::daemon
