// complexity: O(n^2)
// O(1) hits with last-use stamps in a Map, but each eviction (30% of the calls after the fill) scans all n/2 cached keys for the oldest stamp.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> [value, stamp]
    this.clock = 0;
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    entry[1] = ++this.clock;
    return entry[0];
  }

  put(key, value) {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry[0] = value;
      entry[1] = ++this.clock;
      return;
    }
    if (this.entries.size === this.capacity) {
      let oldest;
      let stamp = Infinity;
      for (const [k, e] of this.entries) {
        if (e[1] < stamp) {
          stamp = e[1];
          oldest = k;
        }
      }
      this.entries.delete(oldest);
    }
    this.entries.set(key, [value, ++this.clock]);
  }
}
