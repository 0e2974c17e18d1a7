#include "client.h"

#include <unistd.h>

#include <set>

#include "engine/errors.h"
#include "listener.h"
#include "protocol.h"

namespace judge::daemon {

Client::Client(const std::filesystem::path& socket)
    : fd_(connect_to(socket)), reader_(std::make_unique<LineReader>(fd_, 64 * kMaxLineBytes)) {}

Client::~Client() { ::close(fd_); }

void Client::send(const nlohmann::json& request) {
  if (!write_line(fd_, request.dump())) throw InternalError("the daemon closed the connection");
}

nlohmann::json Client::receive() {
  std::optional<std::string> line = reader_->next();
  if (!line) throw InternalError("the daemon closed the connection before answering");
  try {
    return nlohmann::json::parse(*line);
  } catch (const nlohmann::json::parse_error& e) {
    throw InternalError(std::string("the daemon answered with something other than JSON: ") + e.what());
  }
}

std::optional<ErrorResponse> error_in(const nlohmann::json& response) {
  if (!response.is_object() || !response.contains("error")) return std::nullopt;
  return ErrorResponse{response.value("code", "internal"), response.value("error", "")};
}

void throw_if_error(const nlohmann::json& response) {
  auto error = error_in(response);
  if (!error) return;
  static const std::set<std::string> request_faults = {"bad_request", "unknown_problem", "unknown_language",
                                                       "too_large", "not_found"};
  std::string text = "the daemon says: " + error->message;
  if (request_faults.count(error->code)) throw InputError(text);
  throw InternalError(text);
}

}  // namespace judge::daemon
