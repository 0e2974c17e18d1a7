# complexity: O(n log n)
# Ids ranked once by sorting; per count a lazy heapq of ranks, and a lazy heapq of the counts that have ids, scanned from the highest for the k smallest ranks: O(k log n) per event, amortized.
import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    ts = list(map(int, data[3:3 + 2 * n:2]))
    names = data[4:4 + 2 * n:2]
    distinct = sorted(set(names))
    rank = {name: r for r, name in enumerate(distinct)}
    ids = [rank[name] for name in names]
    count = [0] * len(distinct)
    buckets = [[] for _ in range(n + 2)]  # count -> lazy heap of ranks
    sizes = [0] * (n + 2)                 # count -> ranks truly at it
    levels = []                           # lazy heap of -count, for counts with ranks
    out = []
    left = 0

    def move(r, delta):
        c = count[r]
        if c:
            sizes[c] -= 1
        c += delta
        count[r] = c
        if c:
            sizes[c] += 1
            heappush(buckets[c], r)
            if sizes[c] == 1:
                heappush(levels, -c)

    for i in range(n):
        move(ids[i], 1)
        limit = ts[i] - w
        while ts[left] <= limit:
            move(ids[left], -1)
            left += 1
        shown = []
        kept = []
        while levels and len(shown) < k:
            c = -heappop(levels)
            if not sizes[c] or (kept and kept[-1] == c):
                continue
            kept.append(c)
            heap = buckets[c]
            taken = []
            while heap and len(shown) < k:
                r = heappop(heap)
                if count[r] == c and (not taken or taken[-1] != r):
                    taken.append(r)
                    shown.append(distinct[r])
            for r in taken:
                heappush(heap, r)
        for c in kept:
            heappush(levels, -c)
        out.append(b' '.join(shown))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
