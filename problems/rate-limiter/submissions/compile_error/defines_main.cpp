// CE: a correct class plus the candidate's own main(), which clashes with the
// driver's main.
#include <bits/stdc++.h>
using namespace std;

class RateLimiter {
 public:
  RateLimiter(int limit, int windowSeconds) : limit_(limit), window_(windowSeconds) {}

  bool allow(int timestamp, string clientId) {
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

int main() {
  RateLimiter r(2, 10);
  cout << boolalpha << r.allow(1, "a") << r.allow(2, "a") << r.allow(3, "a") << endl;
}
