// Where each book stands; a new pass starts whenever v+1 stands before v:
// one scan, O(n).
import java.io.*;
import java.util.*;
public class MinimumPasses {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    int n = Integer.parseInt(in.readLine().trim());
    StringTokenizer st = new StringTokenizer(in.readLine());
    int[] pos = new int[n + 1];
    for (int i = 0; i < n; i++) pos[Integer.parseInt(st.nextToken())] = i;
    int passes = 1;
    for (int v = 2; v <= n; v++) if (pos[v] < pos[v - 1]) passes++;
    System.out.println(passes);
  }
}
