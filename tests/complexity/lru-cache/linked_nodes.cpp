// complexity: O(n)
// A hand-written doubly linked list in a node pool plus an unordered_map to node indices: O(1) expected per call.
// Correct variant: a hand-written doubly linked list in a node pool with
// sentinel head and tail, and a hash map key -> node index. Evicts before
// inserting a new key when the cache is full; an evicted node is reused.

class LRUCache {
  struct Node {
    int key, value, prev, next;
  };
  int capacity;
  std::vector<Node> pool;  // 0 = head sentinel, 1 = tail sentinel
  std::unordered_map<int, int> index;

  void unlink(int i) {
    pool[pool[i].prev].next = pool[i].next;
    pool[pool[i].next].prev = pool[i].prev;
  }
  void push_front(int i) {
    pool[i].prev = 0;
    pool[i].next = pool[0].next;
    pool[pool[0].next].prev = i;
    pool[0].next = i;
  }

 public:
  LRUCache(int capacity) : capacity(capacity) {
    pool.reserve(capacity + 2);
    pool.push_back({0, 0, -1, 1});
    pool.push_back({0, 0, 0, -1});
    index.reserve(2 * capacity + 16);
  }

  int get(int key) {
    auto it = index.find(key);
    if (it == index.end()) return -1;
    unlink(it->second);
    push_front(it->second);
    return pool[it->second].value;
  }

  void put(int key, int value) {
    auto it = index.find(key);
    if (it != index.end()) {
      pool[it->second].value = value;
      unlink(it->second);
      push_front(it->second);
      return;
    }
    int i;
    if ((int)index.size() == capacity) {
      i = pool[1].prev;  // least recently used
      unlink(i);
      index.erase(pool[i].key);
    } else {
      i = (int)pool.size();
      pool.push_back({});
    }
    pool[i].key = key;
    pool[i].value = value;
    push_front(i);
    index.emplace(key, i);
  }
};
