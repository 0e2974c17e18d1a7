# RE: handles the first event before the loop and then assumes the window
# deque is never empty when expiring old events; when every earlier event has
# expired, window[0] raises IndexError.
import sys
from collections import deque
from heapq import nsmallest


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    window = deque([(int(data[3]), data[4])])
    count = {data[4]: 1}
    out = [data[4]]
    for i in range(1, n):
        t, s = int(data[3 + 2 * i]), data[4 + 2 * i]
        while window[0][0] <= t - w:
            old = window.popleft()[1]
            count[old] -= 1
            if count[old] == 0:
                del count[old]
        window.append((t, s))
        count[s] = count.get(s, 0) + 1
        best = nsmallest(k, count.items(), key=lambda p: (-p[1], p[0]))
        out.append(b' '.join(x for x, _ in best))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
