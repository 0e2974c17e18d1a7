# complexity: O(n^2)
# Walks the whole shelf once per pass in pure Python, about 7n/8 passes on the scale input.
import sys

def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    target = 1
    passes = 0
    while target <= n:
        passes += 1
        for x in a:
            if x == target:
                target += 1
    print(passes)

main()
