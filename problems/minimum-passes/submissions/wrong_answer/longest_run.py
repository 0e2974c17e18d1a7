# BUG: answers n - (longest run of consecutive values v, v+1, ... standing left to right) + 1, as if every value outside the best run needed its own pass.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = [0] * (n + 2)
    for i, v in enumerate(map(int, data[1:n + 1])):
        pos[v] = i
    best = run = 1
    for v in range(2, n + 1):
        run = run + 1 if pos[v] > pos[v - 1] else 1
        best = max(best, run)
    print(n - best + 1)


main()
