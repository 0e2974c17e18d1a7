# RE: bucket sort with one bucket too few (frequencies run up to len(nums),
# the list stops at len(nums) - 1): IndexError when one value fills the whole
# array, e.g. a single element.
def topKFrequent(nums, k):
    count = {}
    for x in nums:
        count[x] = count.get(x, 0) + 1
    buckets = [[] for _ in range(len(nums))]
    for value, c in count.items():
        buckets[c].append(value)
    result = []
    for c in range(len(nums) - 1, 0, -1):
        result.extend(buckets[c])
        if len(result) >= k:
            break
    return result[:k]
