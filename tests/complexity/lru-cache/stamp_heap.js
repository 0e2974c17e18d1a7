// complexity: O(n log n)
// Last-use stamps with a lazy binary min-heap of stamps (each use pushes one, O(log n)); an eviction pops stale ones until a key's current stamp.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.entries = new Map(); // key -> [value, stamp]
    this.heap = []; // stamps, a min-heap
    this.owner = new Map(); // stamp -> key
    this.clock = 0;
  }

  push(stamp) {
    const a = this.heap;
    let i = a.push(stamp) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= stamp) break;
      a[i] = a[parent];
      i = parent;
    }
    a[i] = stamp;
  }

  pop() {
    const a = this.heap;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= a.length) break;
        if (child + 1 < a.length && a[child + 1] < a[child]) child++;
        if (a[child] >= last) break;
        a[i] = a[child];
        i = child;
      }
      a[i] = last;
    }
    return top;
  }

  use(key, entry) {
    this.owner.delete(entry[1]);
    entry[1] = ++this.clock;
    this.owner.set(entry[1], key);
    this.push(entry[1]);
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
        for (;;) {
          const stamp = this.pop();
          const k = this.owner.get(stamp);
          if (k !== undefined) {
            this.owner.delete(stamp);
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
