// complexity: O(n^2)
// Walks the whole shelf once per pass, as the librarian does, and the scale input needs about 7n/8 passes.
import java.io.*;
import java.util.*;

public class Simulate {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
    int n = Integer.parseInt(in.readLine().trim());
    StringTokenizer st = new StringTokenizer(in.readLine());
    int[] shelf = new int[n];
    for (int i = 0; i < n; i++) shelf[i] = Integer.parseInt(st.nextToken());
    int target = 1, passes = 0;
    while (target <= n) {
      passes++;
      for (int i = 0; i < n; i++) if (shelf[i] == target) target++;
    }
    System.out.println(passes);
  }
}
