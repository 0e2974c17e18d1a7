// TLE: keeps every allowed timestamp of a client and counts the ones inside the
// window by scanning the whole list on every call: O(history) per call, about
// 10^10 steps with one or two busy clients and limit 10^5.
class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
    vector<int>& h = history_[clientId];
    int inWindow = 0;
    for (int s : h)
      if (s > timestamp - window_) ++inWindow;
    if (inWindow >= limit_) return false;
    h.push_back(timestamp);
    return true;
  }

 private:
  int limit_, window_;
  map<string, vector<int>> history_;
};
