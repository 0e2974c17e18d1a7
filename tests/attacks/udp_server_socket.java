// attack: other Java sockets than a TCP connect: a DatagramSocket sending
//   UDP to 127.0.0.1:47311-47314 and to a broadcast address, then a
//   ServerSocket listening on 47311 that waits for a connection. A packet
//   sent or a listener bound exits 42 (RE).
//   Every socket() but AF_UNIX fails with EACCES for Java (the
//   program-sockets-fail profile): "Permission denied", exit 3.
// verdicts: RE
// message-contains: Permission denied
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
public class UdpServerSocket {
  public static void main(String[] args) {
    boolean escaped = false;
    byte[] hello = "judge-attack\n".getBytes(StandardCharsets.US_ASCII);
    try (DatagramSocket udp = new DatagramSocket()) {
      udp.setBroadcast(true);
      for (int port = 47311; port <= 47314; port++)
        udp.send(new DatagramPacket(hello, hello.length, new InetSocketAddress("127.0.0.1", port)));
      udp.send(new DatagramPacket(hello, hello.length, new InetSocketAddress("255.255.255.255", 47311)));
      escaped = true;
    } catch (Exception e) {
      System.err.println("udp_server_socket: DatagramSocket: " + e);
    }
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress("0.0.0.0", 47311));
      escaped = true;
      server.setSoTimeout(500);
      try (Socket client = server.accept()) {
        client.getOutputStream().write(hello);
      } catch (java.net.SocketTimeoutException e) {
      }
    } catch (Exception e) {
      System.err.println("udp_server_socket: ServerSocket: " + e);
    }
    System.out.println(0);
    System.exit(escaped ? 42 : 3);
  }
}
