#include "protocol.h"

#include <fmt/format.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace judge::daemon {

namespace {

std::string required_string(const nlohmann::json& request, const char* field) {
  auto it = request.find(field);
  if (it == request.end() || !it->is_string())
    throw ProtocolError("bad_request", fmt::format("\"{}\" is missing or not a string", field));
  return it->get<std::string>();
}

bool optional_bool(const nlohmann::json& request, const char* field, bool fallback) {
  auto it = request.find(field);
  if (it == request.end()) return fallback;
  if (!it->is_boolean()) throw ProtocolError("bad_request", fmt::format("\"{}\" must be true or false", field));
  return it->get<bool>();
}

Request parse_submit(const nlohmann::json& json) {
  Request request;
  request.op = "submit";
  request.submit.problem = required_string(json, "problem");
  request.submit.language = required_string(json, "language");
  request.submit.source = required_string(json, "source");
  if (request.submit.source.size() > kMaxSourceBytes)
    throw ProtocolError("too_large", fmt::format("the source is {} bytes; the daemon takes at most {} KiB",
                                                 request.submit.source.size(), kMaxSourceBytes / 1024));
  if (request.submit.source.empty()) throw ProtocolError("bad_request", "the source is empty");
  request.submit.wait = optional_bool(json, "wait", false);
  request.submit.hints = optional_bool(json, "hints", true);
  request.submit.all = optional_bool(json, "all", false);
  if (auto it = json.find("key"); it != json.end()) {
    if (!it->is_string() || it->get<std::string>().empty() || it->get<std::string>().size() > kMaxKeyBytes)
      throw ProtocolError("bad_request",
                          fmt::format("\"key\" must be a non-empty string of at most {} bytes", kMaxKeyBytes));
    request.submit.key = it->get<std::string>();
  }
  return request;
}

}  // namespace

nlohmann::json submit_request(const SubmitRequest& r) {
  nlohmann::json request = {{"op", "submit"},   {"problem", r.problem}, {"language", r.language},
                            {"source", r.source}, {"wait", r.wait},       {"hints", r.hints},
                            {"all", r.all}};
  if (!r.key.empty()) request["key"] = r.key;
  return request;
}

Request parse_request(const std::string& line) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    throw ProtocolError("bad_request", fmt::format("not JSON: {}", e.what()));
  }
  if (!json.is_object()) throw ProtocolError("bad_request", "a request is one JSON object per line");
  std::string op = required_string(json, "op");
  if (op == "submit") return parse_submit(json);
  Request request;
  request.op = op;
  if (op == "list") return request;
  if (op == "status") {
    auto it = json.find("id");
    if (it == json.end() || !it->is_number_integer())
      throw ProtocolError("bad_request", "\"id\" is missing or not an integer");
    request.id = it->get<std::int64_t>();
    return request;
  }
  throw ProtocolError("bad_request", fmt::format("unknown op \"{}\" (submit, status or list)", op));
}

std::string error_line(const std::string& code, const std::string& message) {
  return nlohmann::json{{"error", message}, {"code", code}}.dump();
}

std::optional<std::string> LineReader::next() {
  for (;;) {
    auto newline = buffer_.find('\n');
    if (newline != std::string::npos) {
      std::string line = buffer_.substr(0, newline);
      buffer_.erase(0, newline + 1);
      return line;
    }
    if (buffer_.size() > cap_)
      throw ProtocolError("too_large", fmt::format("a request line is over {} KiB (sources: at most {} KiB)",
                                                   cap_ / 1024, kMaxSourceBytes / 1024));
    char chunk[65536];
    ssize_t got = ::read(fd_, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return std::nullopt;
    buffer_.append(chunk, static_cast<std::size_t>(got));
  }
}

bool LineReader::skip_line() {
  // A bound, so a client streaming forever cannot hold a thread forever.
  constexpr std::size_t kMaxSkipped = 64u << 20;
  std::size_t skipped = 0;
  for (;;) {
    auto newline = buffer_.find('\n');
    if (newline != std::string::npos) {
      buffer_.erase(0, newline + 1);
      return true;
    }
    skipped += buffer_.size();
    buffer_.clear();
    if (skipped > kMaxSkipped) return false;
    char chunk[65536];
    ssize_t got = ::read(fd_, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(got));
  }
}

bool write_line(int fd, const std::string& line) {
  std::string data = line + "\n";
  std::size_t done = 0;
  while (done < data.size()) {
    // MSG_NOSIGNAL: a client gone away is an error here, not a SIGPIPE.
    ssize_t wrote = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return false;
    done += static_cast<std::size_t>(wrote);
  }
  return true;
}

}  // namespace judge::daemon
