// complexity: O(n log n)
// Last-use stamps with a lazy min-heap of (stamp, key): every use pushes a new entry (O(log n)), stale ones are popped on eviction.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) {}
  int get(int key) {
    auto it = val_.find(key);
    if (it == val_.end()) return -1;
    it->second.second = ++clock_;
    heap_.push({clock_, key});
    return it->second.first;
  }
  void put(int key, int value) {
    auto it = val_.find(key);
    if (it != val_.end()) {
      it->second = {value, ++clock_};
      heap_.push({clock_, key});
      return;
    }
    if ((int)val_.size() == capacity_) {
      while (true) {
        auto [stamp, k] = heap_.top();
        heap_.pop();
        auto v = val_.find(k);
        if (v != val_.end() && v->second.second == stamp) { val_.erase(v); break; }
      }
    }
    val_[key] = {value, ++clock_};
    heap_.push({clock_, key});
  }
 private:
  int capacity_;
  long long clock_ = 0;
  unordered_map<int, pair<int, long long>> val_;  // key -> (value, last use)
  priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap_;
};
