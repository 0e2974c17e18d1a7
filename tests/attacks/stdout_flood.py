# attack: stdout flood in Python (64 KiB writes forever)
# verdicts: OLE
import sys
block = "7" * 65536
while True:
    sys.stdout.write(block)
