# BUG: off by one at the window's edge: a request exactly windowSeconds old
# still counts (only s < t - w is dropped).
from collections import deque


class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.allowed = {}

    def allow(self, timestamp, clientId):
        q = self.allowed.setdefault(clientId, deque())
        while q and q[0] < timestamp - self.window:
            q.popleft()
        if len(q) >= self.limit:
            return False
        q.append(timestamp)
        return True
