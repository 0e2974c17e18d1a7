# Reference in Python 3: count with a Counter, then take the k most frequent
# (most_common uses a heap of size k): O(n + d log k) per call.
from collections import Counter


def topKFrequent(nums, k):
    return [value for value, _ in Counter(nums).most_common(k)]
