# complexity: O(n^2)
# O(1) hits with stamps in a dict, but each eviction is a min() over all n/2 cached keys.
# TLE: O(1) get and update with last-use stamps in a dict, but an eviction is
# min() over the whole dict: O(capacity) per new key once the cache is full.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}
        self.clock = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self.clock += 1
        entry[1] = self.clock
        return entry[0]

    def put(self, key, value):
        self.clock += 1
        if key in self.entries:
            self.entries[key] = [value, self.clock]
            return
        if len(self.entries) == self.capacity:
            oldest = min(self.entries, key=lambda k: self.entries[k][1])
            del self.entries[oldest]
        self.entries[key] = [value, self.clock]
