# BUG: off by one the other way: drops a request once it is windowSeconds - 1
# old (s <= t - w + 1), so the window is one second too short.
from collections import deque


class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.allowed = {}

    def allow(self, timestamp, clientId):
        q = self.allowed.setdefault(clientId, deque())
        while q and q[0] <= timestamp - self.window + 1:
            q.popleft()
        if len(q) >= self.limit:
            return False
        q.append(timestamp)
        return True
