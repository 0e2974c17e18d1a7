// BUG: one window for all clients: the limit is applied to the total traffic,
// not per client (clientId is ignored).
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
    while (!q_.empty() && q_.front() <= timestamp - window_) q_.pop_front();
    if ((int)q_.size() >= limit_) return false;
    q_.push_back(timestamp);
    return true;
  }

 private:
  int limit_, window_;
  deque<int> q_;
};
