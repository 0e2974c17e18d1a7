# BUG: a plain dict keeps insertion order, but assigning to an existing key keeps
# its old place: put on a cached key does not make it the most recent.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.d = {}

    def get(self, key):
        if key not in self.d:
            return -1
        value = self.d.pop(key)
        self.d[key] = value
        return value

    def put(self, key, value):
        if key not in self.d and len(self.d) >= self.capacity:
            del self.d[next(iter(self.d))]
        self.d[key] = value  # missing: pop the key first so it moves to the end
