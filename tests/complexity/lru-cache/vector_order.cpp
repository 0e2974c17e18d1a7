// complexity: O(n^2)
// Recency kept as a vector of keys: every hit does std::find plus erase over up to capacity = n/2 keys.
// TLE: values in a hash map, recency as a vector of keys (least recent first).
// Refreshing a key is std::find plus erase plus push_back: a contiguous scan and
// a memmove of up to capacity ints on every call.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) {}

  int get(int key) {
    auto it = values_.find(key);
    if (it == values_.end()) return -1;
    touch(key);
    return it->second;
  }

  void put(int key, int value) {
    auto it = values_.find(key);
    if (it != values_.end()) {
      it->second = value;
      touch(key);
      return;
    }
    if ((int)values_.size() == capacity_) {
      values_.erase(order_.front());
      order_.erase(order_.begin());
    }
    values_[key] = value;
    order_.push_back(key);
  }

 private:
  void touch(int key) {
    order_.erase(std::find(order_.begin(), order_.end(), key));
    order_.push_back(key);
  }
  int capacity_;
  std::vector<int> order_;
  std::unordered_map<int, int> values_;
};
