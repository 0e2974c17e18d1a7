# complexity: O(n^2)
# After every event it rebuilds the window's counts in a dict by a Python loop over the whole window, which holds every event so far.
import sys
from heapq import nsmallest


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    ts = list(map(int, data[3:3 + 2 * n:2]))
    names = data[4:4 + 2 * n:2]
    out = []
    l = 0
    for i in range(n):
        while ts[l] <= ts[i] - w:
            l += 1
        count = {}
        for j in range(l, i + 1):
            s = names[j]
            count[s] = count.get(s, 0) + 1
        best = nsmallest(k, count, key=lambda s: (-count[s], s))
        out.append(b' '.join(best))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
