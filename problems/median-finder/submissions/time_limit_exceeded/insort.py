# TLE: bisect.insort into a sorted list: O(log n) comparisons but an O(n)
# memmove of the list per addNum; a descending stream moves the whole list
# every time.
import bisect


class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num):
        bisect.insort(self.nums, num)

    def findMedian(self):
        nums = self.nums
        n = len(nums)
        return nums[n // 2] if n % 2 else (nums[n // 2 - 1] + nums[n // 2]) / 2
