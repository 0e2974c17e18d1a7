// attack: connect to 127.0.0.1:47311-47314 from Java (java.net.Socket, then
//   a SocketChannel), and UDP to the same ports (DatagramSocket). A
//   connection that gets through exits 42 (RE).
//   Java runs under the program-sockets-fail seccomp profile (the JVM's
//   libnet probes IPv4/IPv6 as it loads): every socket() but AF_UNIX fails
//   with EACCES, so each attempt is a "Permission denied" exception and the
//   program exits 3.
// verdicts: RE
// message-contains: Permission denied
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
public class ConnectTcp {
  public static void main(String[] args) {
    boolean connected = false;
    byte[] hello = "judge-attack\n".getBytes(StandardCharsets.US_ASCII);
    for (int port = 47311; port <= 47314; port++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        OutputStream out = s.getOutputStream();
        out.write(hello);
        connected = true;
      } catch (Exception e) {
        System.err.println("connect_tcp: Socket " + port + ": " + e);
      }
      try (SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port))) {
        c.write(ByteBuffer.wrap(hello));
        connected = true;
      } catch (Exception e) {
        System.err.println("connect_tcp: SocketChannel " + port + ": " + e);
      }
      try (DatagramSocket udp = new DatagramSocket()) {
        udp.send(new DatagramPacket(hello, hello.length, new InetSocketAddress("127.0.0.1", port)));
      } catch (Exception e) {
        System.err.println("connect_tcp: DatagramSocket " + port + ": " + e);
      }
    }
    System.out.println(0);
    System.exit(connected ? 42 : 3);
  }
}
