# complexity: O(n log n)
# Sorts the indices by their value (sorted with a key), which lists the positions of 1..n in order, then counts the descents.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:n + 1]))
    order = sorted(range(n), key=values.__getitem__)
    passes = 1
    for j in range(1, n):
        if order[j] < order[j - 1]:
            passes += 1
    print(passes)


main()
