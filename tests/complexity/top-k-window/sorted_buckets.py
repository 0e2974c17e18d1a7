# complexity: O(n log n)
# Keeps every live id's key in a bucketed sorted list (bisect over the buckets), a sorted-container insert and delete per event.
# Correct variant in Python 3 (a hand-made sorted list): ids are compressed to their rank
# in byte order; an id with count c > 0 is stored as the int key rank - c * D
# (smaller key = better: higher count, then smaller id) in a bucketed sorted
# list (a list of short sorted lists + bisect). Each event moves at most two
# keys (bisect + an insert/delete in a list of <= 512 ints), and the answer
# is the first k keys.
import sys
from bisect import bisect_left, insort

LOAD = 256


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    ts = list(map(int, data[3:3 + 2 * n:2]))
    names = data[4:4 + 2 * n:2]
    ids = sorted(set(names))
    d = len(ids)
    rank_of = {s: r for r, s in enumerate(ids)}
    rk = [rank_of[s] for s in names]
    cnt = [0] * d

    buckets = []  # sorted lists of keys, each non-empty
    maxes = []    # maxes[i] == buckets[i][-1]

    def insert(x):
        if not buckets:
            buckets.append([x])
            maxes.append(x)
            return
        i = bisect_left(maxes, x)
        if i == len(buckets):
            i -= 1
            buckets[i].append(x)
            maxes[i] = x
        else:
            insort(buckets[i], x)
        b = buckets[i]
        if len(b) > 2 * LOAD:
            buckets[i:i + 1] = [b[:LOAD], b[LOAD:]]
            maxes[i:i + 1] = [b[LOAD - 1], b[-1]]

    def remove(x):
        i = bisect_left(maxes, x)
        b = buckets[i]
        del b[bisect_left(b, x)]
        if b:
            maxes[i] = b[-1]
        else:
            del buckets[i]
            del maxes[i]

    out = []
    l = 0
    for i in range(n):
        r = rk[i]
        c = cnt[r]
        if c:
            remove(r - c * d)
        cnt[r] = c + 1
        insert(r - (c + 1) * d)
        lim = ts[i] - w
        while ts[l] <= lim:
            r = rk[l]
            c = cnt[r]
            remove(r - c * d)
            cnt[r] = c - 1
            if c > 1:
                insert(r - (c - 1) * d)
            l += 1
        top = buckets[0][:k]
        j = 1
        while len(top) < k and j < len(buckets):
            top += buckets[j][:k - len(top)]
            j += 1
        out.append(b' '.join([ids[x % d] for x in top]))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
