// CE: allow takes (clientId, timestamp) instead of (timestamp, clientId); the
// driver's call allow(int, string) does not convert.
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(string clientId, int timestamp) {
    deque<int>& q = allowed_[clientId];
    while (!q.empty() && q.front() <= timestamp - window_) q.pop_front();
    if ((int)q.size() >= limit_) return false;
    q.push_back(timestamp);
    return true;
  }

 private:
  int limit_, window_;
  unordered_map<string, deque<int>> allowed_;
};
