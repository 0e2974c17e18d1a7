// The daemon's request parser: each line of the input is a request line, as
// a connection may send several. A line the parser refuses must still make
// the error line the server writes back; one it accepts must read back the
// same from the line a client makes of it (`judge submit --socket`).
#include <stdexcept>
#include <string>
#include <string_view>

#include "daemon/protocol.h"
#include "fuzz_target.h"

namespace {

using judge::daemon::Request;

void check_round_trip(const Request& request) {
  if (request.op != "submit") return;
  Request again = judge::daemon::parse_request(judge::daemon::submit_request(request.submit).dump());
  const auto& a = request.submit;
  const auto& b = again.submit;
  if (again.op != "submit" || a.problem != b.problem || a.language != b.language || a.source != b.source ||
      a.wait != b.wait || a.hints != b.hints || a.all != b.all || a.key != b.key)
    throw std::logic_error("a submit request does not read back as itself");
}

}  // namespace

JUDGE_FUZZ_TARGET(daemon_request) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t start = 0;
  while (start <= input.size()) {
    std::size_t end = input.find('\n', start);
    if (end == std::string_view::npos) end = input.size();
    std::string line(input.substr(start, end - start));
    try {
      check_round_trip(judge::daemon::parse_request(line));
    } catch (const judge::daemon::ProtocolError& e) {
      judge::daemon::error_line(e.code, e.what());
    }
    start = end + 1;
  }
  return 0;
}
