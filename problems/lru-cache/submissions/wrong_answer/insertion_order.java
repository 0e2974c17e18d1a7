import java.util.*;

// BUG: a LinkedHashMap made with the plain constructor keeps insertion order,
// not access order (that needs `new LinkedHashMap<>(16, 0.75f, true)`): neither
// get nor put on a cached key makes it the most recent, so removeEldestEntry
// evicts the oldest insertion instead of the least recently used key.
class LRUCache {
  private final int capacity;
  private final Map<Integer, Integer> entries;

  public LRUCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
        return size() > LRUCache.this.capacity;
      }
    };
  }

  public int get(int key) {
    return entries.getOrDefault(key, -1);
  }

  public void put(int key, int value) {
    entries.put(key, value);
  }
}
