# TLE: rebuilds the client's list of allowed timestamps with a comprehension on
# every call: O(requests in the window) per call, 10^10 steps with one busy
# client and limit 10^5.
class RateLimiter:
    def __init__(self, limit, windowSeconds):
        self.limit = limit
        self.window = windowSeconds
        self.allowed = {}

    def allow(self, timestamp, clientId):
        edge = timestamp - self.window
        recent = [s for s in self.allowed.get(clientId, []) if s > edge]
        self.allowed[clientId] = recent
        if len(recent) >= self.limit:
            return False
        recent.append(timestamp)
        return True
