# BUG: counts in a list indexed by the value, sized max(nums) + 1, as if values
# were non-negative: a small negative value silently counts into the slot
# len + value (Python's negative indexing) and is never reported.
def topKFrequent(nums, k):
    count = [0] * (max(nums) + 1)
    for x in nums:
        count[x] += 1
    present = [v for v in range(len(count)) if count[v] > 0]
    present.sort(key=lambda v: -count[v])
    return present[:k]
