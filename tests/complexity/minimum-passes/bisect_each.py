# complexity: O(n log n)
# Keeps the shelf's values sorted beside their positions and finds each value's position by binary search (bisect): n searches of O(log n).
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    shelf = sorted((int(x), i) for i, x in enumerate(data[1:n + 1]))
    values = [v for v, _ in shelf]
    where = [i for _, i in shelf]
    passes = 1
    here = -1
    for v in range(1, n + 1):
        p = where[bisect_left(values, v)]
        if p < here:
            passes += 1
        here = p
    print(passes)


main()
