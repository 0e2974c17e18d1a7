# attack: write files outside the work dir from Python: the canary dir,
#   /tmp, /var/tmp, /dev/shm, /root, /work. All failing prints 0 (WA); if one
#   is created it exits 42 (RE), fine with a private /tmp: the test checks
#   the host for every one of them.
# verdicts: WA RE SV
import os, sys
targets = ["/tmp/judge-attack-canary/from-python", "/tmp/judge-attack-pwned", "/var/tmp/judge-attack-pwned",
           "/dev/shm/judge-attack-pwned", "/root/judge-attack-pwned", "/work/judge-attack-pwned",
           "/work/main/judge-attack-pwned"]
wrote = False
for t in targets:
    try:
        fd = os.open(t, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.write(fd, b"pwned\n")
        os.close(fd)
        print("write_escape.py: created", t, file=sys.stderr)
        wrote = True
    except OSError:
        pass
print(0)
sys.exit(42 if wrote else 0)
