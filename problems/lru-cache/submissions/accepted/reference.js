// Reference in JavaScript: a Map from key to node of a doubly linked list
// in recency order, the least recent first after a sentinel. A touch moves
// one node to the back and an eviction unlinks the front: O(1) per call
// with no deletions from the Map but the evicted key's.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.nodes = new Map();
    this.head = { key: 0, value: 0, prev: null, next: null };
    this.head.prev = this.head.next = this.head;
  }

  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  append(node) {
    node.prev = this.head.prev;
    node.next = this.head;
    this.head.prev.next = node;
    this.head.prev = node;
  }

  get(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  put(key, value) {
    let node = this.nodes.get(key);
    if (node !== undefined) {
      node.value = value;
      this.unlink(node);
    } else {
      if (this.nodes.size === this.capacity) {
        const oldest = this.head.next;
        this.unlink(oldest);
        this.nodes.delete(oldest.key);
      }
      node = { key, value, prev: null, next: null };
      this.nodes.set(key, node);
    }
    this.append(node);
  }
}
