# attack: infinite recursion in Python with the recursion limit lifted (the
#   interpreter's C stack overflows)
# verdicts: RE MLE TLE
import sys
sys.setrecursionlimit(10**9)
def down(n):
    return down(n + 1) + 1
print(down(0))
