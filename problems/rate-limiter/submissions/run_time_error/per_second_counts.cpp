// RE: counts requests per second in an array indexed by the timestamp, sized
// for timestamps up to 10^6 (misread bound); a timestamp near 10^9 writes far
// outside the array and crashes.
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
    auto& c = clients_[clientId];
    if (c.counts.empty()) c.counts.assign(1000001, 0);
    while (!c.seconds.empty() && c.seconds.front() <= timestamp - window_) {
      c.inWindow -= c.counts[c.seconds.front()];
      c.counts[c.seconds.front()] = 0;
      c.seconds.pop_front();
    }
    if (c.inWindow >= limit_) return false;
    if (c.counts[timestamp]++ == 0) c.seconds.push_back(timestamp);
    ++c.inWindow;
    return true;
  }

 private:
  struct Client {
    vector<int> counts;
    deque<int> seconds;
    int inWindow = 0;
  };
  int limit_, window_;
  unordered_map<string, Client> clients_;
};
