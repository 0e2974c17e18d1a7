import java.util.*;

// A LinkedHashMap in access order evicts its least recently used entry.
class LRUCache {
  private final int capacity;
  private final LinkedHashMap<Integer, Integer> entries;

  public LRUCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true);
  }

  public int get(int key) {
    Integer value = entries.get(key);
    return value == null ? -1 : value;
  }

  public void put(int key, int value) {
    entries.put(key, value);
    if (entries.size() > capacity) entries.remove(entries.keySet().iterator().next());
  }
}
