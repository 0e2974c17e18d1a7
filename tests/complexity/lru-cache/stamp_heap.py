# complexity: O(n log n)
# Last-use stamps with a lazy heapq of (stamp, key): every use pushes an entry, an eviction pops stale ones first (O(log n) each).
import heapq


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.stamp = {}
        self.heap = []
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.stamp[key] = self.clock
        heapq.heappush(self.heap, (self.clock, key))

    def get(self, key):
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key, value):
        if key not in self.values and len(self.values) == self.capacity:
            while True:
                stamp, old = heapq.heappop(self.heap)
                if self.stamp.get(old) == stamp:
                    del self.values[old]
                    del self.stamp[old]
                    break
        self.values[key] = value
        self._touch(key)
