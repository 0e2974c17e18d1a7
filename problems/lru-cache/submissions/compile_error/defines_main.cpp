// CE: a stdio-style program. It defines main, which the driver already defines.
#include <bits/stdc++.h>
using namespace std;

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
  unordered_map<int, list<pair<int, int>>::iterator> where_;
};

int main() {
  string name;
  int capacity, n;
  cin >> name >> capacity >> n;
  LRUCache cache(capacity);
  while (n--) {
    string op;
    int key, value;
    cin >> op >> key;
    if (op == "get") cout << cache.get(key) << "\n";
    else cin >> value, cache.put(key, value), cout << "null\n";
  }
}
