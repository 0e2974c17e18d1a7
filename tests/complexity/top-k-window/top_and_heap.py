# complexity: O(n log n)
# Sorts the distinct ids once and keeps the top k in a short list plus a lazy heapq of the others: O(k + log n) per event.
# Reference in Python 3, O(n (k + log n)).
# Ids are compressed to their rank in byte order. An id is better than another
# when its count is higher, or equal with a smaller rank; as one int:
#     key = (n - count) << 18 | rank        (smaller key = better)
# top:  sorted keys of the best min(k, #ids with count > 0) ids (<= k ints).
# heap: a lazy min-heap of keys of the ids outside top. An entry is stale when
#       its id is in top or its count changed since the push; stale entries
#       are dropped when they reach the root.
# Every id outside top is worse than every id in top. A count changes by one
# per step, so only two things can break that: an outside id rising above the
# last of top (it swaps in), or an id of top falling below the best outside id
# (they swap). Each step costs O(k) on top plus O(log n) heap operations, and
# every stale entry is popped at most once.
import sys
from bisect import insort
from heapq import heappush, heappop

SHIFT = 18  # ranks < 2^18 > 2*10^5
ONE = 1 << SHIFT
MASK = ONE - 1


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    ts = list(map(int, data[3:3 + 2 * n:2]))
    names = data[4:4 + 2 * n:2]
    ids = sorted(set(names))  # bytes compare byte by byte: the required order
    rank_of = dict(zip(ids, range(len(ids))))
    rk = list(map(rank_of.__getitem__, names))
    cnt = [0] * len(ids)
    in_top = bytearray(len(ids))
    top = []
    heap = []
    out = []
    l = 0
    for i in range(n):
        # the current event enters the window
        r = rk[i]
        c = cnt[r] + 1
        cnt[r] = c
        kr = (n - c) << SHIFT | r
        if in_top[r]:
            top.remove(kr + ONE)
            insort(top, kr)
        elif len(top) < k:  # every id with a positive count is in top, so r was at 0
            insort(top, kr)
            in_top[r] = 1
        elif kr < top[-1]:  # r overtakes the last of top
            x = top.pop()
            in_top[x & MASK] = 0
            heappush(heap, x)
            insort(top, kr)
            in_top[r] = 1
        else:
            heappush(heap, kr)
        # events at or before t_i - w leave the window
        lim = ts[i] - w
        while ts[l] <= lim:
            r = rk[l]
            l += 1
            c = cnt[r] - 1
            cnt[r] = c
            kr = (n - c) << SHIFT | r
            if not in_top[r]:
                if c:
                    heappush(heap, kr)
                continue
            top.remove(kr - ONE)
            # the best valid id outside top, if any, is at the root after this
            while heap:
                x = heap[0]
                q = x & MASK
                if in_top[q] or cnt[q] != n - (x >> SHIFT):
                    heappop(heap)
                else:
                    break
            if c == 0:
                in_top[r] = 0
                if heap:
                    x = heappop(heap)
                    top.append(x)  # worse than all of top: it goes last
                    in_top[x & MASK] = 1
            elif heap and heap[0] < kr:  # the best outside id overtakes r
                x = heappop(heap)
                top.append(x)
                in_top[x & MASK] = 1
                in_top[r] = 0
                heappush(heap, kr)
            else:
                insort(top, kr)
        out.append(b' '.join([ids[x & MASK] for x in top]))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
