// complexity: O(n^2)
// Recency kept as an ArrayList of keys: every hit does remove(Object), a linear search and shift over up to capacity = n/2 keys.
import java.util.*;

class LRUCache {
  private final int capacity;
  private final HashMap<Integer, Integer> values = new HashMap<>();
  private final ArrayList<Integer> order = new ArrayList<>(); // least recent first

  LRUCache(int capacity) {
    this.capacity = capacity;
  }

  private void touch(int key) {
    order.remove(Integer.valueOf(key));
    order.add(key);
  }

  int get(int key) {
    Integer value = values.get(key);
    if (value == null) return -1;
    touch(key);
    return value;
  }

  void put(int key, int value) {
    if (values.containsKey(key)) {
      touch(key);
    } else {
      if (values.size() == capacity) values.remove(order.remove(0));
      order.add(key);
    }
    values.put(key, value);
  }
}
