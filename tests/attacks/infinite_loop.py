# attack: infinite loop in Python (pure CPU)
# verdicts: TLE
x = 0
while True:
    x += 1
