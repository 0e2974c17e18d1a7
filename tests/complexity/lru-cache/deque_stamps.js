// complexity: O(n)
// A Map of key -> [value, stamp] and a queue of (stamp, key) in order of use in two growing arrays with a head index; stale queue entries are skipped when evicting: O(1) amortized per call.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map();
    this.stamps = [];
    this.keys = [];
    this.head = 0;
    this.clock = 0;
  }

  use(key, entry) {
    entry[1] = ++this.clock;
    this.stamps.push(this.clock);
    this.keys.push(key);
  }

  get(key) {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    this.use(key, entry);
    return entry[0];
  }

  put(key, value) {
    let entry = this.entries.get(key);
    if (entry !== undefined) {
      entry[0] = value;
    } else {
      if (this.entries.size === this.capacity) {
        // the first queue entry that is still its key's last use is the least recent
        for (;;) {
          const k = this.keys[this.head];
          const stamp = this.stamps[this.head++];
          if (this.entries.get(k)[1] === stamp) {
            this.entries.delete(k);
            break;
          }
        }
      }
      entry = [value, 0];
      this.entries.set(key, entry);
    }
    this.use(key, entry);
  }
}
