// Reference: per client, the timestamps of its allowed requests in arrival
// order (a vector that only grows) and the index of the oldest one still in
// the window. A request at time s is in the window of a call at time t when
// s > t - windowSeconds; timestamps never decrease, so expired entries are a
// prefix and the index only moves forward: O(1) amortised per call, plus
// hashing the id. Memory: one int per allowed request.
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
    Client& c = clients_[clientId];
    while (c.head < c.times.size() && c.times[c.head] <= timestamp - window_) ++c.head;
    if (c.times.size() - c.head >= (size_t)limit_) return false;  // rejected: not recorded
    c.times.push_back(timestamp);
    return true;
  }

 private:
  struct Client {
    vector<int> times;
    size_t head = 0;
  };
  int limit_, window_;
  unordered_map<string, Client> clients_;
};
