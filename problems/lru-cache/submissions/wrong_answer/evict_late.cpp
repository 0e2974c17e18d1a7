// BUG: inserts first and evicts only when size > capacity + 1, so the cache
// holds one key more than its capacity.
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
    if ((int)where_.size() > capacity_ + 1) {  // should be > capacity_
      where_.erase(order_.back().first);
      order_.pop_back();
    }
  }

 private:
  int capacity_;
  std::list<std::pair<int, int>> order_;
  std::unordered_map<int, std::list<std::pair<int, int>>::iterator> where_;
};
