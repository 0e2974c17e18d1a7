#include "health.h"

#include <fmt/format.h>

#include <iostream>

namespace judge::daemon {

void Health::failing(const std::string& trouble, const std::string& why) {
  std::lock_guard lock(mutex_);
  auto [it, first] = failing_.try_emplace(trouble, Failure{why, std::chrono::steady_clock::now(), 0});
  ++it->second.times;
  it->second.why = why;
  if (first) std::cerr << fmt::format("judge daemon: {} failing: {} (retrying with back-off)\n", trouble, why);
}

void Health::recovered(const std::string& trouble) {
  std::lock_guard lock(mutex_);
  auto it = failing_.find(trouble);
  if (it == failing_.end()) return;
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - it->second.since).count();
  std::cerr << fmt::format("judge daemon: {} works again after {:.1f} s ({} failure(s))\n", trouble, seconds,
                           it->second.times);
  failing_.erase(it);
}

bool Health::is_failing(const std::string& trouble) const {
  std::lock_guard lock(mutex_);
  return failing_.count(trouble) > 0;
}

void Health::refused(const std::string& code) {
  std::lock_guard lock(mutex_);
  ++refused_[code];
}

nlohmann::json Health::to_json() const {
  std::lock_guard lock(mutex_);
  nlohmann::json failing = nlohmann::json::object();
  for (const auto& [trouble, failure] : failing_)
    failing[trouble] = {
        {"error", failure.why},
        {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - failure.since).count()},
        {"failures", failure.times}};
  return {{"ok", failing_.empty()}, {"failing", failing}, {"refused", refused_}};
}

}  // namespace judge::daemon
