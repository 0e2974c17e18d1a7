# Reference in Python 3: one deque of allowed timestamps per client; expired
# entries (timestamp <= t - windowSeconds) are popped from the front, each once.
from collections import deque


class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.allowed = {}

    def allow(self, timestamp, clientId):
        q = self.allowed.get(clientId)
        if q is None:
            q = self.allowed[clientId] = deque()
        edge = timestamp - self.window
        while q and q[0] <= edge:
            q.popleft()
        if len(q) >= self.limit:
            return False  # rejected requests are not recorded
        q.append(timestamp)
        return True
