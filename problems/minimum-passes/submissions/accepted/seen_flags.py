# Correct variant in Python 3: one scan with "seen" flags; v opens a new pass
# when v-1 has not been seen yet (it stands further right).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    seen = bytearray(n + 2)
    seen[0] = 1  # value 1 never opens an extra pass
    passes = 1
    for v in map(int, data[1:n + 1]):
        if not seen[v - 1]:
            passes += 1
        seen[v] = 1
    print(passes)


main()
