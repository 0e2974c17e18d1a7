// The client side of the daemon's protocol, for the CLI: one connection,
// one JSON object per line each way.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "engine/base/errors.h"
#include "protocol.h"

namespace judge::daemon {

// No daemon answers at the socket, or it hung up (killed, restarted).
struct ConnectionLost : InternalError {
  using InternalError::InternalError;
};

class Client {
 public:
  // Throws ConnectionLost when no daemon answers there.
  explicit Client(const std::filesystem::path& socket);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  // Both throw ConnectionLost when the daemon hangs up first.
  void send(const nlohmann::json& request);
  nlohmann::json receive();

 private:
  int fd_ = -1;
  std::unique_ptr<LineReader> reader_;
};

// A client that outlives its daemon: a request whose connection drops (or
// that gets a daemon_busy() code) is sent again on a new connection, after a
// back-off from 0.1 s doubling to 2 s, until the daemon has been away for
// `give_up` in all; then ConnectionLost. Only for requests that are safe to
// repeat: status, list, and submits with a key.
class ReconnectingClient {
 public:
  // `note` hears, once per outage, that the daemon went away and that it is back.
  ReconnectingClient(std::filesystem::path socket, std::chrono::milliseconds give_up,
                     std::function<void(const std::string&)> note = {});
  ~ReconnectingClient();
  // The response (an error line included, but never `shutting_down`).
  nlohmann::json ask(const nlohmann::json& request);

 private:
  std::filesystem::path socket_;
  std::chrono::milliseconds give_up_;
  std::function<void(const std::string&)> note_;
  std::unique_ptr<Client> client_;
  bool connected_once_ = false;
};

// A response that is an error line: its code (bad_request, unknown_problem,
// too_large, ...) and message.
struct ErrorResponse {
  std::string code;
  std::string message;
};
std::optional<ErrorResponse> error_in(const nlohmann::json& response);
// Codes that say "not now" rather than "not this request": shutting_down and
// the limits' refusals (too_many_connections, busy, timeout, store_unavailable).
bool daemon_busy(const std::string& code);
// An error line as the CLI's exceptions: InputError (exit 2) for what the
// request got wrong, InternalError (exit 3) for the daemon's side.
void throw_if_error(const nlohmann::json& response);

}  // namespace judge::daemon
