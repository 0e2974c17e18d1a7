// complexity: O(n log n)
// Packs each (value, position) into one long and sorts the n longs with Arrays.sort, which lists the positions of 1..n in order, then counts the descents.
import java.io.*;
import java.util.*;

public class SortPairs {
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
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) pairs[i] = ((long) nextInt() << 21) | i;
    Arrays.sort(pairs);
    int passes = 1;
    for (int v = 1; v < n; v++)
      if ((pairs[v] & ((1L << 21) - 1)) < (pairs[v - 1] & ((1L << 21) - 1))) passes++;
    System.out.println(passes);
  }
}
