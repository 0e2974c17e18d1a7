# CE: a missing colon after the method header; byte-compiling fails.
class LRUCache:
    def __init__(self, capacity)
        self.capacity = capacity
        self.d = {}

    def get(self, key):
        return self.d.get(key, -1)

    def put(self, key, value):
        self.d[key] = value
