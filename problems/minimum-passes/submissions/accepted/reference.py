# Reference in Python 3, O(n): answer = 1 + #{v in 1..n-1 : pos(v+1) < pos(v)}.
# Positions live in an array('i') (contiguous C ints), so the final count is a
# cache-friendly C-level pass instead of chasing a million scattered int objects.
import sys
from array import array
from operator import lt


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = array('i', bytes(4 * (n + 1)))
    for i, v in enumerate(map(int, data[1:n + 1])):
        pos[v] = i
    passes = 1 + sum(map(lt, pos[2:], pos[1:n]))
    sys.stdout.write(f"{passes}\n")


main()
