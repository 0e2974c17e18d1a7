# Reference in Python 3: two heaps. heapq only has min-heaps, so the smaller
# half is stored negated. O(log n) per addNum, O(1) per findMedian.
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []   # negated: -low[0] is the largest of the smaller half
        self.high = []  # the larger half; high[0] is its smallest

    def addNum(self, num):
        low, high = self.low, self.high
        if not low or num <= -low[0]:
            heapq.heappush(low, -num)
        else:
            heapq.heappush(high, num)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))

    def findMedian(self):
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (self.high[0] - self.low[0]) / 2
