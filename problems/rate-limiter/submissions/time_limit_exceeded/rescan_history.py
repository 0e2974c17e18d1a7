# TLE: counts the client's allowed requests inside the window by scanning its
# whole history (never pruned) on every call.
class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.history = {}

    def allow(self, timestamp, clientId):
        h = self.history.setdefault(clientId, [])
        edge = timestamp - self.window
        if sum(1 for s in h if s > edge) >= self.limit:
            return False
        h.append(timestamp)
        return True
