// BUG: get does not make the key the most recent, so a key that is read
// often is still evicted as if it had not been touched since its put.
var LRUCache = function (capacity) {
  this.capacity = capacity;
  this.entries = new Map();
};

LRUCache.prototype.get = function (key) {
  return this.entries.has(key) ? this.entries.get(key) : -1;
};

LRUCache.prototype.put = function (key, value) {
  this.entries.delete(key);
  this.entries.set(key, value);
  if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value);
};
