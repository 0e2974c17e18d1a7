# TLE: counts correctly, then picks the most frequent remaining value k times
# with max(): O(k * d), ~10^9 steps when k and d are both in the tens of thousands.
def topKFrequent(nums, k):
    count = {}
    for x in nums:
        count[x] = count.get(x, 0) + 1
    result = []
    for _ in range(k):
        best = max(count, key=count.get)
        result.append(best)
        del count[best]
    return result
