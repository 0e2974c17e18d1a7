// The client side of the daemon's protocol, for the CLI: one connection,
// one JSON object per line each way.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <optional>

namespace judge::daemon {

class LineReader;

class Client {
 public:
  // Throws InternalError when no daemon answers there.
  explicit Client(const std::filesystem::path& socket);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  void send(const nlohmann::json& request);
  // The next response; throws InternalError when the daemon hangs up first.
  nlohmann::json receive();

 private:
  int fd_ = -1;
  std::unique_ptr<LineReader> reader_;
};

// A response that is an error line: its code (bad_request, unknown_problem,
// too_large, ...) and message.
struct ErrorResponse {
  std::string code;
  std::string message;
};
std::optional<ErrorResponse> error_in(const nlohmann::json& response);
// An error line as the CLI's exceptions: InputError (exit 2) for what the
// request got wrong, InternalError (exit 3) for the daemon's side.
void throw_if_error(const nlohmann::json& response);

}  // namespace judge::daemon
