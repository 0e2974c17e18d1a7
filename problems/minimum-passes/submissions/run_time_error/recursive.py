# RE: computes the pass of value v recursively (pass(v) = pass(v-1) + [pos(v) < pos(v-1)]); the recursion is n deep and raises RecursionError once n > ~1000.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = [0] * (n + 1)
    for i, v in enumerate(map(int, data[1:n + 1])):
        pos[v] = i

    def pass_of(v):
        if v == 1:
            return 1
        return pass_of(v - 1) + (1 if pos[v] < pos[v - 1] else 0)

    print(pass_of(n))


main()
