// complexity: O(n)
// One left-to-right scan with a boolean array of seen values, the input parsed from the bytes: a book starts a new pass when its predecessor was not seen yet.
import java.io.*;

public class SeenFlags {
  static final DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));

  static int nextInt() throws IOException {
    int b = in.read();
    while (b < '0') b = in.read();
    int value = 0;
    while (b >= '0') {
      value = value * 10 + (b - '0');
      b = in.read();
    }
    return value;
  }

  public static void main(String[] args) throws IOException {
    int n = nextInt();
    boolean[] seen = new boolean[n + 1];
    int passes = 1;
    for (int i = 0; i < n; i++) {
      int v = nextInt();
      if (v > 1 && !seen[v - 1]) passes++;
      seen[v] = true;
    }
    System.out.println(passes);
  }
}
