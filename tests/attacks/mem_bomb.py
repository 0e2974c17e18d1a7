# attack: memory bomb in Python: touched 16 MiB bytearrays appended forever
# verdicts: MLE
blocks = []
while True:
    blocks.append(bytearray(b"\x01") * (16 << 20))
