// BUG: evicts before inserting a new key when size >= capacity - 1, so the
// cache only ever holds capacity - 1 keys (none at all when capacity is 1).
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
    if (!order_.empty() && (int)where_.size() >= capacity_ - 1) {  // should be >= capacity_
      where_.erase(order_.back().first);
      order_.pop_back();
    }
    if (capacity_ - 1 <= 0) return;  // "no room"
    order_.emplace_front(key, value);
    where_[key] = order_.begin();
  }

 private:
  int capacity_;
  std::list<std::pair<int, int>> order_;
  std::unordered_map<int, std::list<std::pair<int, int>>::iterator> where_;
};
