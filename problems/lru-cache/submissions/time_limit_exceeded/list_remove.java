import java.util.*;

// Too slow: values in a HashMap, recency in a LinkedList of keys (least
// recent first). Refreshing a key is LinkedList.remove(Object), a walk along
// the list: O(capacity) per get and put of a cached key, ~10^10 node visits
// on a full cache of 10^5 keys with 10^5 calls left.
class LRUCache {
  private final int capacity;
  private final Map<Integer, Integer> values = new HashMap<>();
  private final LinkedList<Integer> order = new LinkedList<>();

  public LRUCache(int capacity) {
    this.capacity = capacity;
  }

  public int get(int key) {
    Integer value = values.get(key);
    if (value == null) return -1;
    order.remove(Integer.valueOf(key));
    order.addLast(key);
    return value;
  }

  public void put(int key, int value) {
    if (values.put(key, value) != null) order.remove(Integer.valueOf(key));
    order.addLast(key);
    if (values.size() > capacity) values.remove(order.removeFirst());
  }
}
