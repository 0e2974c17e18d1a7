// BUG: off by one at the window's edge: keeps a request made exactly
// windowSeconds ago (s >= t - windowSeconds) although the window is (t - w, t].
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
    deque<int>& q = allowed_[clientId];
    while (!q.empty() && q.front() < timestamp - window_) q.pop_front();
    if ((int)q.size() >= limit_) return false;
    q.push_back(timestamp);
    return true;
  }

 private:
  int limit_, window_;
  unordered_map<string, deque<int>> allowed_;
};
