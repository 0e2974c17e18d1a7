# TLE: keeps a sorted list and finds each number's place by a linear scan, then
# list.insert: O(n) per addNum.
class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num):
        nums = self.nums
        i = 0
        while i < len(nums) and nums[i] <= num:
            i += 1
        nums.insert(i, num)

    def findMedian(self):
        nums = self.nums
        n = len(nums)
        return nums[n // 2] if n % 2 else (nums[n // 2 - 1] + nums[n // 2]) / 2
