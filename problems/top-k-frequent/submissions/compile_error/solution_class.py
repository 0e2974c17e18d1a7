# CE: the function is a method of a LeetCode-style class Solution; the judge
# wants a module-level function topKFrequent(nums, k) and finds none.
from collections import Counter


class Solution:
    def topKFrequent(self, nums, k):
        return [v for v, _ in Counter(nums).most_common(k)]
