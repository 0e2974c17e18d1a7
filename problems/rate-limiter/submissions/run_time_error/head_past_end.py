# RE: advances the index of the oldest request in the window without checking
# that it stays inside the list; once all of a client's requests have expired
# it reads past the end and raises IndexError.
class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.times = {}
        self.head = {}

    def allow(self, timestamp, clientId):
        times = self.times.setdefault(clientId, [])
        h = self.head.get(clientId, 0)
        while times and times[h] <= timestamp - self.window:
            h += 1
        self.head[clientId] = h
        if len(times) - h >= self.limit:
            return False
        times.append(timestamp)
        return True
