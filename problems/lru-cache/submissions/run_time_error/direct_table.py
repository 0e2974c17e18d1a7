# RE: a list indexed by key, sized for keys up to 10^5 (keys go up to 10^9):
# IndexError on the first large key.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = [None] * 100001
        self.order = OrderedDict()

    def get(self, key):
        if self.values[key] is None:
            return -1
        self.order.move_to_end(key)
        return self.values[key]

    def put(self, key, value):
        if self.values[key] is not None:
            self.order.move_to_end(key)
        else:
            if len(self.order) == self.capacity:
                old, _ = self.order.popitem(last=False)
                self.values[old] = None
            self.order[key] = True
        self.values[key] = value
