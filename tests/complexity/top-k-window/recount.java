// complexity: O(n^2)
// Recounts the whole window in a HashMap after every event and scans it for the top k, and the scale input keeps every event in the window.
import java.io.*;
import java.util.*;

public class Recount {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
    StringTokenizer first = new StringTokenizer(in.readLine());
    int n = Integer.parseInt(first.nextToken());
    int k = Integer.parseInt(first.nextToken());
    long w = Long.parseLong(first.nextToken());
    long[] t = new long[n];
    String[] id = new String[n];
    for (int i = 0; i < n; i++) {
      String line = in.readLine();
      int space = line.indexOf(' ');
      t[i] = Long.parseLong(line.substring(0, space));
      id[i] = line.substring(space + 1).trim();
    }
    StringBuilder out = new StringBuilder();
    int oldest = 0;
    for (int i = 0; i < n; i++) {
      while (t[oldest] <= t[i] - w) oldest++;
      HashMap<String, Integer> counts = new HashMap<>();
      for (int j = oldest; j <= i; j++) counts.merge(id[j], 1, Integer::sum);
      // the k best (count descending, id ascending), by insertion into a short list
      ArrayList<Map.Entry<String, Integer>> best = new ArrayList<>();
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        int p = best.size();
        while (p > 0) {
          Map.Entry<String, Integer> b = best.get(p - 1);
          int c = Integer.compare(e.getValue(), b.getValue());
          if (c > 0 || (c == 0 && e.getKey().compareTo(b.getKey()) < 0)) p--;
          else break;
        }
        if (p < k) {
          best.add(p, e);
          if (best.size() > k) best.remove(k);
        }
      }
      for (int j = 0; j < best.size(); j++) {
        if (j > 0) out.append(' ');
        out.append(best.get(j).getKey());
      }
      out.append('\n');
    }
    System.out.print(out);
    System.out.flush();
  }
}
