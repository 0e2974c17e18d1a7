# complexity: O(n^2)
# Recency in a Python list: list.remove and list.pop(0) cost O(capacity) = O(n) per call.
# TLE: values in a dict, recency in a Python list (least recent first):
# list.remove and list.pop(0) are O(capacity) per call.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.order = []

    def get(self, key):
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) == self.capacity:
            del self.values[self.order.pop(0)]
        self.values[key] = value
        self.order.append(key)
