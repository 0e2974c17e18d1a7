// Correct variant: one std::deque of allowed timestamps per client; expired
// entries (<= t - windowSeconds) are popped from the front, each once: O(1)
// amortised per call. Heavier than the reference with 10^5 clients (a deque
// allocates ~600 bytes up front).
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
    deque<int>& q = allowed_[clientId];
    while (!q.empty() && q.front() <= timestamp - window_) q.pop_front();
    if ((int)q.size() >= limit_) return false;  // rejected: not recorded
    q.push_back(timestamp);
    return true;
  }

 private:
  int limit_, window_;
  unordered_map<string, deque<int>> allowed_;
};
