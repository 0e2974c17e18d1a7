# attack: connect to 127.0.0.1:47311-47314 from Python (socket module), and
#   UDP to the same ports. A connection that gets through exits 42 (RE).
# verdicts: SV
import socket, sys
connected = False
for port in range(47311, 47315):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=0.5)
        s.sendall(b"judge-attack\n")
        s.close()
        connected = True
        print("connect_tcp.py: connected to", port, file=sys.stderr)
    except OSError:
        pass
    try:
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.sendto(b"judge-attack\n", ("127.0.0.1", port))
    except OSError:
        pass
print(0)
sys.exit(42 if connected else 3)
