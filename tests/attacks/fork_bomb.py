# attack: fork bomb in Python (os.fork forever)
# verdicts: SV TLE MLE RE
import os
while True:
    try:
        os.fork()
    except OSError:
        pass
