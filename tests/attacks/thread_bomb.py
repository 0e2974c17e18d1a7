# attack: thread bomb in Python: start spinning threads forever
# verdicts: TLE RE SV MLE
import threading
def spin():
    while True:
        pass
while True:
    threading.Thread(target=spin, daemon=True).start()
