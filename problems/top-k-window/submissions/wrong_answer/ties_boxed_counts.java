import java.io.*;
import java.util.*;

// BUG: the counts are boxed Integers in a HashMap, and the TreeSet's comparator
// tests them with `!=`, which compares references: Java caches the boxes of
// -128..127 only, so two equal counts above 127 look different, the comparator
// answers 0 (b - a) and the TreeSet takes the two ids for one: an id is not
// added, or another one is removed in its place. Correct while every count in
// the window stays below 128. Otherwise O(log d) per event, as the reference.
public class Main {
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
    StringTokenizer first = new StringTokenizer(in.readLine());
    int n = Integer.parseInt(first.nextToken());
    int k = Integer.parseInt(first.nextToken());
    long w = Long.parseLong(first.nextToken());
    long[] times = new long[n];
    String[] ids = new String[n];
    Map<String, Integer> counts = new HashMap<>();
    TreeSet<String> ranked = new TreeSet<>((a, b) -> counts.get(a) != counts.get(b) ? counts.get(b) - counts.get(a) : a.compareTo(b));
    StringBuilder out = new StringBuilder();
    int oldest = 0;
    for (int i = 0; i < n; i++) {
      StringTokenizer event = new StringTokenizer(in.readLine());
      times[i] = Long.parseLong(event.nextToken());
      ids[i] = event.nextToken();
      for (; oldest < i && times[oldest] <= times[i] - w; oldest++) change(counts, ranked, ids[oldest], -1);
      change(counts, ranked, ids[i], +1);
      int shown = 0;
      for (String id : ranked) {
        if (shown == k) break;
        if (shown++ > 0) out.append(' ');
        out.append(id);
      }
      out.append('\n');
    }
    System.out.print(out);
  }

  // Zero counts stay in the map, so the comparator never meets a missing id.
  static void change(Map<String, Integer> counts, TreeSet<String> ranked, String id, int by) {
    int count = counts.getOrDefault(id, 0);
    if (count > 0) ranked.remove(id);
    counts.put(id, count + by);
    if (count + by > 0) ranked.add(id);
  }
}
