import java.io.*;
import java.util.*;

// Too slow: recounts the whole window in a HashMap and sorts its ids after
// every event, O(n * window); with every event in one window that is ~n^2/2 =
// 2*10^10 steps for n = 2*10^5.
public class Main {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
    StringTokenizer first = new StringTokenizer(in.readLine());
    int n = Integer.parseInt(first.nextToken());
    int k = Integer.parseInt(first.nextToken());
    long w = Long.parseLong(first.nextToken());
    long[] times = new long[n];
    String[] ids = new String[n];
    StringBuilder out = new StringBuilder();
    int oldest = 0;
    for (int i = 0; i < n; i++) {
      StringTokenizer event = new StringTokenizer(in.readLine());
      times[i] = Long.parseLong(event.nextToken());
      ids[i] = event.nextToken();
      while (times[oldest] <= times[i] - w) oldest++;
      Map<String, Integer> counts = new HashMap<>();
      for (int j = oldest; j <= i; j++) counts.merge(ids[j], 1, Integer::sum);
      List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
      ranked.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
      for (int j = 0; j < Math.min(k, ranked.size()); j++) {
        if (j > 0) out.append(' ');
        out.append(ranked.get(j).getKey());
      }
      out.append('\n');
    }
    System.out.print(out);
  }
}
