# complexity: O(n)
# One scan with a Python set of seen values: a book starts a new pass when its predecessor was not seen yet.
import sys

def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    seen = set()
    late = 0
    for x in map(int, data[1:n + 1]):
        if x > 1 and x - 1 not in seen:
            late += 1
        seen.add(x)
    print(late + 1)

main()
