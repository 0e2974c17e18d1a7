# complexity: O(n log n)
# Counts in a dict and a lazy heapq of (-count, id): each event pushes its id's new entry and pops the k best valid ones (dropping stale ones), then pushes them back: O(k log n) per event.
import sys
from heapq import heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    ts = list(map(int, data[3:3 + 2 * n:2]))
    names = data[4:4 + 2 * n:2]
    cnt = {}
    heap = []
    out = []
    l = 0
    for i in range(n):
        a = names[i]
        cnt[a] = cnt.get(a, 0) + 1
        heappush(heap, (-cnt[a], a))
        lim = ts[i] - w
        while ts[l] <= lim:
            b = names[l]
            l += 1
            c = cnt[b] - 1
            if c:
                cnt[b] = c
                heappush(heap, (-c, b))
            else:
                del cnt[b]
        best = []
        while heap and len(best) < k:
            c, a = heappop(heap)
            if cnt.get(a) == -c and (not best or best[-1] != (c, a)):
                best.append((c, a))
        for entry in best:
            heappush(heap, entry)
        out.append(b' '.join(a for _, a in best))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
