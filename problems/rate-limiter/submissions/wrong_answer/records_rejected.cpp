// BUG: records every request, rejected ones too, so a client that keeps
// knocking while over the limit stays blocked longer than it should.
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
    deque<int>& q = requests_[clientId];
    while (!q.empty() && q.front() <= timestamp - window_) q.pop_front();
    bool ok = (int)q.size() < limit_;
    q.push_back(timestamp);
    return ok;
  }

 private:
  int limit_, window_;
  unordered_map<string, deque<int>> requests_;
};
