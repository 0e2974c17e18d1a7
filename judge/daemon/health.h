// What the daemon tells its operator about itself beyond the queue: a store
// it cannot write (a full disk), descriptors run out, and the requests its
// limits refused. Each trouble is logged on stderr once when it starts and
// once when it ends (not at every retry), and shown by the `health` op.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace judge::daemon {

class Health {
 public:
  // A trouble by name ("store", "descriptors"), with what went wrong.
  void failing(const std::string& trouble, const std::string& why);
  void recovered(const std::string& trouble);
  bool is_failing(const std::string& trouble) const;
  void refused(const std::string& code);  // an error reply a limit gave
  nlohmann::json to_json() const;

 private:
  struct Failure {
    std::string why;
    std::chrono::steady_clock::time_point since;
    std::int64_t times = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Failure> failing_;
  std::map<std::string, std::int64_t> refused_;
};

}  // namespace judge::daemon
