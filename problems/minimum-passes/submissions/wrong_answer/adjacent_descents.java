// BUG: counts the places where the shelf itself descends (a[i+1] < a[i])
// instead of the numbers whose successor stands to their left (pos(v+1) < pos(v)).
import java.io.*;
import java.util.*;

public class Main {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    int n = Integer.parseInt(in.readLine().trim());
    StringTokenizer st = new StringTokenizer(in.readLine());
    int[] a = new int[n];
    for (int i = 0; i < n; i++) a[i] = Integer.parseInt(st.nextToken());
    int passes = 1;
    for (int i = 0; i + 1 < n; i++) if (a[i + 1] < a[i]) passes++;
    System.out.println(passes);
  }
}
