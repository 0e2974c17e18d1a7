# attack: dangerous system calls from Python through ctypes: unshare
#   (CLONE_NEWUSER | CLONE_NEWNS), then mount, then ptrace. If the first one
#   returns, it says so on stderr and exits 42 (RE).
# verdicts: SV
import ctypes, sys
libc = ctypes.CDLL(None, use_errno=True)
CLONE_NEWNS, CLONE_NEWUSER = 0x00020000, 0x10000000
r = libc.unshare(CLONE_NEWUSER | CLONE_NEWNS)
print("unshare returned", r, "errno", ctypes.get_errno(), file=sys.stderr)
libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)
libc.ptrace(0, 0, None, None)
print(0)
sys.exit(42)
