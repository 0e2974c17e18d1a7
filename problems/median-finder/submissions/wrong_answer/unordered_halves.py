# BUG: sends each number to the smaller heap to keep the sizes balanced, but
# never checks that every number of the lower half is <= every number of the
# upper half.
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []   # negated
        self.high = []

    def addNum(self, num):
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def findMedian(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (self.high[0] - self.low[0]) / 2
