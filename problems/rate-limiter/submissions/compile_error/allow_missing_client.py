# CE: allow takes only the timestamp (one limit for everybody); the judge's
# interface check finds that allow(timestamp, clientId) cannot be called.
from collections import deque


class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.q = deque()

    def allow(self, timestamp):
        while self.q and self.q[0] <= timestamp - self.window:
            self.q.popleft()
        if len(self.q) >= self.limit:
            return False
        self.q.append(timestamp)
        return True
