# attack: hunt for the judge's secrets from Python: os.environ, the
#   parent's and init's /proc/*/environ and every one readable. Findings go to
#   stderr (JUDGE/SECRET lines first), then exit 1: RE on the first sample,
#   whose message shows stderr. The secret must not be there.
# verdicts: RE
# message-contains: env-hunt-ran
import os, sys
found, rest = [], []
def consider(where, var):
    (found if ("JUDGE" in var or "SECRET" in var) else rest).append(where + ": " + var)
for k, v in os.environ.items():
    consider("os.environ", k + "=" + v)
files = ["/proc/self/environ", "/proc/%d/environ" % os.getppid(), "/proc/1/environ"]
files += ["/proc/%s/environ" % p for p in os.listdir("/proc") if p.isdigit()]
for f in files:
    try:
        with open(f, "rb") as h:
            for var in h.read().split(b"\0"):
                if var:
                    consider(f, var.decode("utf-8", "replace"))
    except OSError:
        pass
print("env-hunt-ran", file=sys.stderr)
for line in found + rest:
    print(line, file=sys.stderr)
sys.exit(1)
