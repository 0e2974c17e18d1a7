// complexity: O(n^2)
// No hash map: every call walks a std::list of up to capacity = n/2 entries to find its key.
// TLE: no hash map. The entries live in a std::list, most recent first, and
// every get and put walks the list to find the key: O(capacity) per call, about
// 10^10 node visits on a full cache of 10^5 keys with 10^5 calls left.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity) {}

  int get(int key) {
    for (auto it = order_.begin(); it != order_.end(); ++it)
      if (it->first == key) {
        order_.splice(order_.begin(), order_, it);
        return it->second;
      }
    return -1;
  }

  void put(int key, int value) {
    for (auto it = order_.begin(); it != order_.end(); ++it)
      if (it->first == key) {
        it->second = value;
        order_.splice(order_.begin(), order_, it);
        return;
      }
    order_.emplace_front(key, value);
    if ((int)order_.size() > capacity_) order_.pop_back();
  }

 private:
  int capacity_;
  std::list<std::pair<int, int>> order_;
};
