# complexity: O(n)
# An OrderedDict used through pop and re-insert: O(1) per call.
# Correct variant in Python 3: an OrderedDict used only through pop and insert:
# popping a key and inserting it again puts it at the end (most recent), and
# popitem(last=False) removes the least recent. O(1) per call.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.cache:
            return -1
        value = self.cache.pop(key)
        self.cache[key] = value
        return value

    def put(self, key: int, value: int) -> None:
        if key in self.cache:
            self.cache.pop(key)
        elif len(self.cache) == self.capacity:
            self.cache.popitem(last=False)
        self.cache[key] = value
