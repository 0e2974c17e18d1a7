# complexity: O(n)
# An OrderedDict with move_to_end and popitem(last=False): O(1) per call.
# Reference in Python 3, O(1) per call: an OrderedDict keeps the keys from
# least to most recently used; move_to_end refreshes a key, popitem(last=False)
# drops the least recent one.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        items = self.items
        if key not in items:
            return -1
        items.move_to_end(key)
        return items[key]

    def put(self, key, value):
        items = self.items
        if key in items:
            items.move_to_end(key)
        items[key] = value
        if len(items) > self.capacity:
            items.popitem(last=False)
