// attack: connect to 127.0.0.1:47311-47314 from Node (net.connect), and UDP
//   to the same ports (dgram). A connection that gets through exits 42 (RE).
// verdicts: SV
const net = require('net');
const dgram = require('dgram');
let pending = 0;
let connected = false;
for (let port = 47311; port <= 47314; port++) {
  pending++;
  const socket = net.connect({ host: '127.0.0.1', port }, () => {
    connected = true;
    socket.end('judge-attack\n');
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    if (--pending === 0) {
      console.log(0);
      process.exit(connected ? 42 : 3);
    }
  });
  const udp = dgram.createSocket('udp4');
  udp.on('error', () => {});
  udp.send('judge-attack\n', port, '127.0.0.1', () => udp.close());
}
