// RE: a direct-address table sized for keys up to 10^5 (misread bound: keys go
// up to 10^9), with stamps for recency; a large key indexes far past the static
// arrays and the program is killed by SIGSEGV.
const int MAXK = 100001;
int value_of[MAXK];
long long stamp_of[MAXK];  // 0 = not cached

class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) {}

  int get(int key) {
    if (!stamp_of[key]) return -1;
    stamp_of[key] = ++clock_;
    by_stamp_.insert({clock_, key});
    return value_of[key];
  }

  void put(int key, int value) {
    if (!stamp_of[key]) {
      if (size_ == capacity_) {
        while (true) {  // oldest stamp that is still current
          auto [s, k] = *by_stamp_.begin();
          by_stamp_.erase(by_stamp_.begin());
          if (stamp_of[k] == s) { stamp_of[k] = 0; break; }
        }
      } else {
        ++size_;
      }
    }
    value_of[key] = value;
    stamp_of[key] = ++clock_;
    by_stamp_.insert({clock_, key});
  }

 private:
  int capacity_, size_ = 0;
  long long clock_ = 0;
  std::set<std::pair<long long, int>> by_stamp_;
};
