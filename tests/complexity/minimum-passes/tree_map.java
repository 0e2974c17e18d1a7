// complexity: O(n log n)
// Keeps value -> position in a java.util.TreeMap (a red-black tree of boxed Integers), n inserts and n lookups of O(log n).
import java.io.*;
import java.util.*;

public class TreeMapPositions {
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
    TreeMap<Integer, Integer> pos = new TreeMap<>();
    for (int i = 0; i < n; i++) pos.put(nextInt(), i);
    int passes = 1;
    int before = pos.get(1);
    for (int v = 2; v <= n; v++) {
      int here = pos.get(v);
      if (here < before) passes++;
      before = here;
    }
    System.out.println(passes);
  }
}
