# BUG: appends the request before deciding, so rejected requests count too.
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.requests = defaultdict(deque)

    def allow(self, timestamp, clientId):
        q = self.requests[clientId]
        while q and q[0] <= timestamp - self.window:
            q.popleft()
        q.append(timestamp)
        return len(q) <= self.limit
