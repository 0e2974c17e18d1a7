// complexity: O(n)
// O(1) per call with an open-addressing table sized for the largest test (2^22 slots, 16 MiB filled up front): a big one-off cost plus a linear term.
class LRUCache {
 public:
  LRUCache(int capacity) : capacity_(capacity), slot_(kSlots, -1) {
    node_.reserve(capacity + 2);
    node_.push_back({0, 0, 0, 0});  // 0: sentinel, prev = most recent end... next = least recent end
    node_[0].prev = node_[0].next = 0;
  }
  int get(int key) {
    int s = find(key);
    if (slot_[s] < 0) return -1;
    int i = slot_[s];
    unlink(i); push_front(i);
    return node_[i].value;
  }
  void put(int key, int value) {
    int s = find(key);
    if (slot_[s] >= 0) {
      int i = slot_[s];
      node_[i].value = value;
      unlink(i); push_front(i);
      return;
    }
    int i;
    if (size_ == capacity_) {  // reuse the least recent node
      i = node_[0].prev;
      unlink(i);
      erase(node_[i].key);
      s = find(key);
    } else {
      i = (int)node_.size();
      node_.push_back({});
      ++size_;
    }
    node_[i].key = key;
    node_[i].value = value;
    slot_[s] = i;
    push_front(i);
  }
 private:
  static constexpr int kSlots = 1 << 22;
  struct Node { int key, value, prev, next; };
  static unsigned hash(int key) { return (unsigned)((unsigned long long)(unsigned)key * 0x9E3779B97F4A7C15ULL >> 42); }
  int find(int key) const {  // the slot holding key, or the empty slot where it would go
    unsigned s = hash(key) & (kSlots - 1);
    while (slot_[s] >= 0 && node_[slot_[s]].key != key) s = (s + 1) & (kSlots - 1);
    return (int)s;
  }
  void erase(int key) {  // backward-shift deletion keeps probe chains intact
    unsigned s = (unsigned)find(key);
    slot_[s] = -1;
    unsigned j = s;
    while (true) {
      j = (j + 1) & (kSlots - 1);
      if (slot_[j] < 0) return;
      unsigned h = hash(node_[slot_[j]].key) & (kSlots - 1);
      bool movable = (s <= j) ? (h <= s || h > j) : (h <= s && h > j);
      if (movable) { slot_[s] = slot_[j]; slot_[j] = -1; s = j; }
    }
  }
  void unlink(int i) { node_[node_[i].prev].next = node_[i].next; node_[node_[i].next].prev = node_[i].prev; }
  void push_front(int i) { node_[i].next = node_[0].next; node_[i].prev = 0; node_[node_[0].next].prev = i; node_[0].next = i; }
  int capacity_, size_ = 0;
  vector<int> slot_;
  vector<Node> node_;
};
