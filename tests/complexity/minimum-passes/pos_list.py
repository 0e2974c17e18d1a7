# complexity: O(n)
# One pass to fill a position list and one generator pass to count descents of the positions.
import sys

def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = [0] * (n + 1)
    for i, x in enumerate(data[1:n + 1]):
        pos[int(x)] = i
    print(1 + sum(1 for v in range(1, n) if pos[v + 1] < pos[v]))

main()
