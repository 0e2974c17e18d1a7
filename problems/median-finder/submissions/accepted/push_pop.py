# Correct variant in Python 3: the same two heaps, written with heappushpop:
# every number goes through the lower half into the upper half, and the upper
# half gives its smallest back when it is larger.
from heapq import heappush, heappop, heappushpop


class MedianFinder:
    def __init__(self):
        self.lo = []  # negated
        self.hi = []

    def addNum(self, num: int) -> None:
        heappush(self.hi, -heappushpop(self.lo, -num))
        if len(self.hi) > len(self.lo):
            heappush(self.lo, -heappop(self.hi))

    def findMedian(self) -> float:
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (self.hi[0] - self.lo[0]) / 2.0
