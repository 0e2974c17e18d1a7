# complexity: O(n^2)
# Recounts the whole window with a Counter after every event and takes the k best with heapq.nsmallest, O(window) per event.
import sys
from collections import Counter
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
        count = Counter(names[l:i + 1])
        best = nsmallest(k, count.items(), key=lambda p: (-p[1], p[0]))
        out.append(b' '.join(s for s, _ in best))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
