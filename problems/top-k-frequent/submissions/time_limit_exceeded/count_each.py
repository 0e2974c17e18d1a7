# TLE: nums.count(v) for every distinct value: O(n * d) (each count is a
# C-level pass, but 10^5 of them over 10^5 elements is still 10^10 steps).
def topKFrequent(nums, k):
    freq = sorted(((nums.count(v), v) for v in set(nums)), reverse=True)
    return [v for _, v in freq[:k]]
