# complexity: O(n)
# A dict from value to position, then one pass over 1..n counting the values placed before their predecessor.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = {}
    for i, x in enumerate(data[1:n + 1]):
        pos[int(x)] = i
    passes = 1
    for v in range(2, n + 1):
        if pos[v] < pos[v - 1]:
            passes += 1
    print(passes)


main()
