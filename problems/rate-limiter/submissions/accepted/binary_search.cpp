// Correct variant: keep every allowed timestamp of a client in a sorted vector
// (never pruned, at most one entry per call in total) and count the window
// with a binary search: O(log n) per call. Includes its own headers.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit(limit), window(windowSeconds) {}

  bool allow(int timestamp, const std::string& clientId) {
    std::vector<int>& v = seen[clientId];
    // first allowed timestamp still inside (timestamp - window, timestamp]
    auto first = std::upper_bound(v.begin(), v.end(), timestamp - window);
    if (v.end() - first >= limit) return false;
    v.push_back(timestamp);
    return true;
  }

 private:
  int limit, window;
  std::map<std::string, std::vector<int>> seen;
};
