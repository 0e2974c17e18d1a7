# Correct variant in Python 3: bucket sort by frequency (a frequency is at most
# len(nums)), then read the buckets from the most frequent down: O(n).
def topKFrequent(nums, k):
    count = {}
    for x in nums:
        count[x] = count.get(x, 0) + 1
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, c in count.items():
        buckets[c].append(value)
    result = []
    for c in range(len(nums), 0, -1):
        result.extend(buckets[c])
        if len(result) >= k:
            break
    return result[:k]
