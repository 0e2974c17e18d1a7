// complexity: O(n log n)
// Last-use stamps in a hash map plus a std::set of (stamp, key) to find the oldest: a set erase and insert of O(log n) per call.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) {}
  int get(int key) {
    auto it = val_.find(key);
    if (it == val_.end()) return -1;
    touch(it->second);
    return it->second.value;
  }
  void put(int key, int value) {
    auto it = val_.find(key);
    if (it != val_.end()) {
      it->second.value = value;
      touch(it->second);
      return;
    }
    if ((int)val_.size() == capacity_) {
      auto oldest = by_time_.begin();
      val_.erase(oldest->second);
      by_time_.erase(oldest);
    }
    val_[key] = {value, ++clock_, key};
    by_time_.insert({clock_, key});
  }
 private:
  struct Entry { int value; long long stamp; int key; };
  void touch(Entry& e) {
    by_time_.erase({e.stamp, e.key});
    e.stamp = ++clock_;
    by_time_.insert({e.stamp, e.key});
  }
  int capacity_;
  long long clock_ = 0;
  unordered_map<int, Entry> val_;
  set<pair<long long, int>> by_time_;
};
