// complexity: O(n^2)
// O(1) hits, but each eviction (30% of the calls after the fill) scans all n/2 time stamps for the oldest.
// TLE: get and update are O(1) (a hash map of value and last-use time), but an
// eviction scans the whole map for the oldest time stamp: O(capacity) per new
// key once the cache is full.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) {}

  int get(int key) {
    auto it = entries_.find(key);
    if (it == entries_.end()) return -1;
    it->second.second = ++clock_;
    return it->second.first;
  }

  void put(int key, int value) {
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      it->second = {value, ++clock_};
      return;
    }
    if ((int)entries_.size() == capacity_) {
      auto oldest = entries_.begin();
      for (auto e = entries_.begin(); e != entries_.end(); ++e)
        if (e->second.second < oldest->second.second) oldest = e;
      entries_.erase(oldest);
    }
    entries_[key] = {value, ++clock_};
  }

 private:
  int capacity_;
  long long clock_ = 0;
  std::unordered_map<int, std::pair<int, long long>> entries_;
};
