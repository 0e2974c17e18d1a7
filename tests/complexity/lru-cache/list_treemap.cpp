// complexity: O(n log n)
// The list-plus-index design with a std::map (a balanced tree) instead of a hash map: O(log n) per call.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) {}
  int get(int key) {
    auto it = where_.find(key);
    if (it == where_.end()) return -1;
    order_.splice(order_.begin(), order_, it->second);
    return it->second->second;
  }
  void put(int key, int value) {
    auto it = where_.find(key);
    if (it != where_.end()) {
      it->second->second = value;
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    order_.emplace_front(key, value);
    where_[key] = order_.begin();
    if ((int)where_.size() > capacity_) {
      where_.erase(order_.back().first);
      order_.pop_back();
    }
  }
 private:
  int capacity_;
  list<pair<int, int>> order_;
  map<int, list<pair<int, int>>::iterator> where_;
};
