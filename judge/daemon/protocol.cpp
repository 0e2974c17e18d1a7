#include "protocol.h"

#include <fmt/format.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "engine/base/utf8_text.h"

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
  } catch (const nlohmann::json::exception& e) {
    // parse_error, and out_of_range for a number past a double (1e400).
    throw ProtocolError("bad_request", fmt::format("not JSON: {}", e.what()));
  }
  if (!json.is_object()) throw ProtocolError("bad_request", "a request is one JSON object per line");
  std::string op = required_string(json, "op");
  if (op == "submit") return parse_submit(json);
  Request request;
  request.op = op;
  if (op == "list" || op == "health") return request;
  if (op == "status") {
    auto it = json.find("id");
    if (it == json.end() || !it->is_number_integer())
      throw ProtocolError("bad_request", "\"id\" is missing or not an integer");
    request.id = it->get<std::int64_t>();
    return request;
  }
  throw ProtocolError("bad_request", fmt::format("unknown op \"{}\" (submit, status, list or health)", op));
}

std::string error_line(const std::string& code, const std::string& message) {
  // The message may quote the client's own bytes (a parse error does).
  return json_text(nlohmann::json{{"error", message}, {"code", code}});
}

bool ByteBudget::take(std::size_t bytes) {
  std::size_t held = held_.load();
  do {
    if (held + bytes > cap_) return false;
  } while (!held_.compare_exchange_weak(held, held + bytes));
  return true;
}

void ByteBudget::give_back(std::size_t bytes) { held_ -= bytes; }

LineReader::~LineReader() {
  if (budget_) budget_->give_back(charged_);
}

std::chrono::steady_clock::time_point LineReader::deadline() const {
  if (idle_.count() <= 0) return std::chrono::steady_clock::time_point::max();
  return std::chrono::steady_clock::now() + idle_;
}

void LineReader::drop(std::size_t bytes) {
  buffer_.erase(0, bytes);
  // The budget counts bytes held: a big line's room is given back too.
  if (buffer_.capacity() > (256u << 10) && buffer_.size() < (64u << 10)) buffer_.shrink_to_fit();
  if (!budget_) return;
  std::size_t back = std::min(bytes, charged_);
  budget_->give_back(back);
  charged_ -= back;
}

bool LineReader::fill(std::chrono::steady_clock::time_point deadline) {
  using namespace std::chrono;
  if (deadline != steady_clock::time_point::max()) {
    for (;;) {
      auto left = duration_cast<milliseconds>(deadline - steady_clock::now()).count();
      if (left <= 0)
        throw ProtocolError("timeout", fmt::format("no whole request line within {} s: closing the connection",
                                                   idle_.count() / 1000.0));
      pollfd ready{fd_, POLLIN, 0};
      int got = ::poll(&ready, 1, static_cast<int>(std::min<long long>(left, 60000)));
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) return false;
      if (got > 0) break;
    }
  }
  // Small: a thread per connection keeps this on its stack.
  char chunk[16384];
  ssize_t got;
  do got = ::read(fd_, chunk, sizeof chunk);
  while (got < 0 && errno == EINTR);
  if (got <= 0) return false;
  std::string_view data(chunk, static_cast<std::size_t>(got));
  if (!budget_ || budget_->take(data.size())) {
    buffer_.append(data);
    charged_ += budget_ ? data.size() : 0;
    return true;
  }
  // Over the daemon's total: this line is dropped here and now (its bytes
  // given back), and what follows its end, if it came, is kept.
  bool was_discarding = discarding_;
  drop(buffer_.size());
  auto newline = data.find('\n');
  discarding_ = newline == std::string_view::npos;
  if (!discarding_) {
    buffer_.append(data.substr(newline + 1));
    budget_->force(buffer_.size());
    charged_ += buffer_.size();
  }
  if (was_discarding) return true;
  throw ProtocolError("busy", fmt::format("the daemon holds {} MiB of unfinished requests, its limit: send this "
                                          "request again later",
                                          budget_->cap() >> 20));
}

std::optional<std::string> LineReader::next() {
  auto until = deadline();
  for (;;) {
    auto newline = buffer_.find('\n');
    if (newline != std::string::npos) {
      std::string line = buffer_.substr(0, newline);
      drop(newline + 1);
      return line;
    }
    if (buffer_.size() > cap_) {
      discarding_ = true;
      throw ProtocolError("too_large", fmt::format("a request line is over {} KiB (sources: at most {} KiB)",
                                                   cap_ / 1024, kMaxSourceBytes / 1024));
    }
    if (!fill(until)) return std::nullopt;
  }
}

bool LineReader::skip_line() {
  // A bound, so a client streaming forever cannot hold a thread forever.
  constexpr std::size_t kMaxSkipped = 64u << 20;
  std::size_t skipped = 0;
  auto until = deadline();
  while (discarding_) {
    auto newline = buffer_.find('\n');
    if (newline != std::string::npos) {
      drop(newline + 1);
      discarding_ = false;
      break;
    }
    skipped += buffer_.size();
    drop(buffer_.size());
    if (skipped > kMaxSkipped) return false;
    if (!fill(until)) return false;
  }
  return true;
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
