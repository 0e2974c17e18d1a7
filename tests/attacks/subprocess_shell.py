# attack: run a shell from Python: subprocess (vfork/posix_spawn or fork +
#   exec) then os.system. A shell that runs prints the host's /etc/passwd to
#   stderr and the program exits 42 (RE).
# verdicts: SV
import os, subprocess, sys
try:
    subprocess.run(["/bin/sh", "-c", "cat /etc/passwd >&2"], check=True)
    sys.exit(42)
except OSError:
    pass
os.system("cat /etc/passwd >&2")
print(0)
sys.exit(42)
