# TLE: literal simulation of the passes in Python, O(n * passes).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    target, passes = 1, 0
    while target <= n:
        passes += 1
        for x in a:
            if x == target:
                target += 1
    print(passes)


main()
