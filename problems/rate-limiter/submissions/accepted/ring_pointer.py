# Correct variant in Python 3: per client a list of allowed timestamps and the
# index of the oldest one still in the window (the list is never shortened, the
# index only moves forward): O(1) amortised per call.
class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.times = {}
        self.head = {}

    def allow(self, timestamp, clientId):
        times = self.times.setdefault(clientId, [])
        h = self.head.get(clientId, 0)
        edge = timestamp - self.window
        while h < len(times) and times[h] <= edge:
            h += 1
        self.head[clientId] = h
        if len(times) - h >= self.limit:
            return False
        times.append(timestamp)
        return True
