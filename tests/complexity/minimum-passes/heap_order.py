# complexity: O(n log n)
# Takes the books out in numerical order with heapq: heapify then n heappop calls of O(log n) each.
import sys
from heapq import heapify, heappop

def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heap = [int(x) << 20 | i for i, x in enumerate(data[1:n + 1])]
    heapify(heap)
    mask = (1 << 20) - 1
    passes = 1
    here = -1
    for _ in range(n):
        p = heappop(heap) & mask
        if p < here:
            passes += 1
        here = p
    print(passes)

main()
