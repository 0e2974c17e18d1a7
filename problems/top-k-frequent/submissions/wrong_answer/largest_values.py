# BUG: returns the k largest distinct values instead of the k most frequent.
def topKFrequent(nums, k):
    return sorted(set(nums), reverse=True)[:k]
