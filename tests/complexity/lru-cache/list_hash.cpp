// complexity: O(n)
// A std::list in recency order plus an unordered_map from key to list node: O(1) expected per call.
// Reference: O(1) per call. A doubly linked list keeps the keys from most to
// least recently used; a hash map takes a key to its list node.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) { where_.reserve(2 * capacity + 16); }

  int get(int key) {
    auto it = where_.find(key);
    if (it == where_.end()) return -1;
    order_.splice(order_.begin(), order_, it->second);  // most recent first
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
    if ((int)where_.size() > capacity_) {  // over capacity: drop the least recent
      where_.erase(order_.back().first);
      order_.pop_back();
    }
  }

 private:
  int capacity_;
  std::list<std::pair<int, int>> order_;
  std::unordered_map<int, std::list<std::pair<int, int>>::iterator> where_;
};
