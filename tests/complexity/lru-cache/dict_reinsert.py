# complexity: O(n)
# A plain dict keeps insertion order: a hit pops and re-inserts the key, an eviction removes next(iter(d)), O(1) amortised per call.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.d = {}

    def get(self, key):
        d = self.d
        v = d.pop(key, -1)
        if v != -1:
            d[key] = v
        return v

    def put(self, key, value):
        d = self.d
        if key in d:
            del d[key]
        elif len(d) == self.capacity:
            del d[next(iter(d))]
        d[key] = value
