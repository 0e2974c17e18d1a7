# attack: replace the interpreter with a shell: os.execv("/bin/sh") (a
#   second execve). If the shell runs it prints 0 and exits 42 (RE).
# verdicts: SV
import os
os.execv("/bin/sh", ["sh", "-c", "echo 0; exit 42"])
