// Too slow: walks the shelf pass after pass as the librarian does, O(n^2)
// on a reversed shelf (n passes of n books).
import java.io.*;
import java.util.*;

public class Main {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    int n = Integer.parseInt(in.readLine().trim());
    StringTokenizer st = new StringTokenizer(in.readLine());
    int[] shelf = new int[n];
    for (int i = 0; i < n; i++) shelf[i] = Integer.parseInt(st.nextToken());
    int target = 1;
    int passes = 0;
    while (target <= n) {
      passes++;
      for (int book : shelf) if (book == target) target++;
    }
    System.out.println(passes);
  }
}
