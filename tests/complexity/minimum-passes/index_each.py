# complexity: O(n^2)
# Looks up every value's position with list.index, a linear search per value.
import sys

def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    passes = 1
    prev = a.index(1)
    for v in range(2, n + 1):
        p = a.index(v)
        if p < prev:
            passes += 1
        prev = p
    print(passes)

main()
