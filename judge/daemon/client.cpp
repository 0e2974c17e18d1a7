#include "client.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <set>
#include <thread>

#include "engine/base/utf8_text.h"
#include "listener.h"
#include "protocol.h"

namespace judge::daemon {

Client::Client(const std::filesystem::path& socket) {
  try {
    fd_ = connect_to(socket);
  } catch (const InternalError& e) {
    throw ConnectionLost(e.what());
  }
  reader_ = std::make_unique<LineReader>(fd_, 64 * kMaxLineBytes);
}

Client::~Client() { ::close(fd_); }

void Client::send(const nlohmann::json& request) {
  if (write_line(fd_, json_text(request))) return;
  // A daemon at its limit answers a new connection with an error line and
  // closes it: that line says more than "closed".
  std::optional<std::string> line;
  try {
    line = reader_->next();
  } catch (const std::exception&) {
  }
  if (line) {
    auto error = error_in(nlohmann::json::parse(*line, nullptr, false));
    if (error) throw ConnectionLost(fmt::format("the daemon says: {}", error->message));
  }
  throw ConnectionLost("the daemon closed the connection");
}

nlohmann::json Client::receive() {
  std::optional<std::string> line = reader_->next();
  if (!line) throw ConnectionLost("the daemon closed the connection before answering");
  try {
    return nlohmann::json::parse(*line);
  } catch (const nlohmann::json::parse_error& e) {
    throw InternalError(std::string("the daemon answered with something other than JSON: ") + e.what());
  }
}

ReconnectingClient::ReconnectingClient(std::filesystem::path socket, std::chrono::milliseconds give_up,
                                       std::function<void(const std::string&)> note)
    : socket_(std::move(socket)), give_up_(give_up), note_(std::move(note)) {}

ReconnectingClient::~ReconnectingClient() = default;

nlohmann::json ReconnectingClient::ask(const nlohmann::json& request) {
  using Clock = std::chrono::steady_clock;
  std::optional<Clock::time_point> lost_since;
  std::chrono::milliseconds pause(100);
  for (;;) {
    std::string why;
    try {
      if (!client_) {
        client_ = std::make_unique<Client>(socket_);
        connected_once_ = true;
      }
      client_->send(request);
      nlohmann::json response = client_->receive();
      auto error = error_in(response);
      if (!error || !daemon_busy(error->code)) {
        if (lost_since && note_) note_(fmt::format("the daemon at {} answers again", socket_.string()));
        return response;
      }
      why = fmt::format("the daemon says: {}", error->message);
    } catch (const ConnectionLost& e) {
      // The first connection fails at once, as `judge submit --socket` does:
      // waiting is for a daemon that was there and went away.
      if (!connected_once_) throw;
      why = e.what();
    }
    client_.reset();
    auto now = Clock::now();
    if (!lost_since) {
      lost_since = now;
      if (note_)
        note_(fmt::format("lost the daemon at {} ({}); reconnecting for up to {:g} s", socket_.string(), why,
                          give_up_.count() / 1000.0));
    }
    if (now - *lost_since >= give_up_)
      throw ConnectionLost(fmt::format("gave up after {:g} s without a daemon: {}", give_up_.count() / 1000.0, why));
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(give_up_ - (now - *lost_since));
    std::this_thread::sleep_for(std::min(pause, left));
    pause = std::min(pause * 2, std::chrono::milliseconds(2000));
  }
}

bool daemon_busy(const std::string& code) {
  return code == "shutting_down" || code == "too_many_connections" || code == "busy" || code == "timeout" ||
         code == "store_unavailable";
}

std::optional<ErrorResponse> error_in(const nlohmann::json& response) {
  if (!response.is_object() || !response.contains("error")) return std::nullopt;
  return ErrorResponse{response.value("code", "internal"), response.value("error", "")};
}

void throw_if_error(const nlohmann::json& response) {
  auto error = error_in(response);
  if (!error) return;
  static const std::set<std::string> request_faults = {"bad_request", "unknown_problem", "unknown_language",
                                                       "too_large", "not_found", "key_conflict"};
  std::string text = "the daemon says: " + error->message;
  if (request_faults.count(error->code)) throw InputError(text);
  throw InternalError(text);
}

}  // namespace judge::daemon
