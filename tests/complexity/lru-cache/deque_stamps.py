# complexity: O(n)
# A dict of key -> (value, stamp) and a deque of (stamp, key) in order of use; stale deque entries are skipped when evicting: O(1) amortized per call.
from collections import deque


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.entries = {}
        self.uses = deque()
        self.clock = 0

    def _touch(self, key, value):
        self.clock += 1
        self.entries[key] = (value, self.clock)
        self.uses.append((self.clock, key))

    def get(self, key: int) -> int:
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self._touch(key, entry[0])
        return entry[0]

    def put(self, key: int, value: int) -> None:
        if key not in self.entries and len(self.entries) == self.capacity:
            while True:
                stamp, oldest = self.uses.popleft()
                if self.entries[oldest][1] == stamp:
                    del self.entries[oldest]
                    break
        self._touch(key, value)
