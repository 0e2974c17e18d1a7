// complexity: O(n log n)
// Last-use stamps: a HashMap from key to its stamp and value, and a TreeMap from stamp to key whose first entry is the least recent (O(log n) per call).
import java.util.*;

class LRUCache {
  private final int capacity;
  private final HashMap<Integer, long[]> entries = new HashMap<>(); // key -> {stamp, value}
  private final TreeMap<Long, Integer> byStamp = new TreeMap<>();
  private long clock = 0;

  LRUCache(int capacity) {
    this.capacity = capacity;
  }

  private void touch(int key, long[] entry) {
    byStamp.remove(entry[0]);
    entry[0] = ++clock;
    byStamp.put(entry[0], key);
  }

  int get(int key) {
    long[] entry = entries.get(key);
    if (entry == null) return -1;
    touch(key, entry);
    return (int) entry[1];
  }

  void put(int key, int value) {
    long[] entry = entries.get(key);
    if (entry != null) {
      entry[1] = value;
      touch(key, entry);
      return;
    }
    if (entries.size() == capacity) entries.remove(byStamp.pollFirstEntry().getValue());
    entry = new long[] {++clock, value};
    entries.put(key, entry);
    byStamp.put(entry[0], key);
  }
}
