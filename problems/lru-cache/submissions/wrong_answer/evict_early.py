# BUG: evicts when len >= capacity - 1 before inserting, so only capacity - 1
# keys are kept (a capacity-1 cache remembers nothing).
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        if key in self.items:
            self.items.move_to_end(key)
            self.items[key] = value
            return
        if self.items and len(self.items) >= self.capacity - 1:
            self.items.popitem(last=False)
        if self.capacity > 1:
            self.items[key] = value
