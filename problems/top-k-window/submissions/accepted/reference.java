import java.io.*;
import java.util.*;

// A window of the last w time units: a queue of its events, each id's count,
// and the ids ordered by (count descending, id ascending) in a TreeSet, so
// each event costs O(log d) and each line the k first ids.
public class TopKWindow {
  static final class Tally {
    final String id;
    int count;
    Tally(String id) { this.id = id; }
  }

  static final Comparator<Tally> BY_RANK = (a, b) -> a.count != b.count ? Integer.compare(b.count, a.count) : a.id.compareTo(b.id);

  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
    StringTokenizer first = new StringTokenizer(in.readLine());
    int n = Integer.parseInt(first.nextToken());
    int k = Integer.parseInt(first.nextToken());
    long w = Long.parseLong(first.nextToken());
    long[] times = new long[n];
    Tally[] owners = new Tally[n];
    Map<String, Tally> tallies = new HashMap<>();
    TreeSet<Tally> ranked = new TreeSet<>(BY_RANK);
    StringBuilder out = new StringBuilder();
    int oldest = 0;
    for (int i = 0; i < n; i++) {
      String line = in.readLine();
      int space = line.indexOf(' ');
      long t = Long.parseLong(line.substring(0, space));
      String id = line.substring(space + 1).trim();
      for (; oldest < i && times[oldest] <= t - w; oldest++) change(ranked, owners[oldest], -1);
      Tally tally = tallies.computeIfAbsent(id, Tally::new);
      times[i] = t;
      owners[i] = tally;
      change(ranked, tally, +1);
      int shown = 0;
      for (Tally top : ranked) {
        if (shown == k) break;
        if (shown++ > 0) out.append(' ');
        out.append(top.id);
      }
      out.append('\n');
      if (out.length() > 1 << 16) {
        System.out.print(out);
        out.setLength(0);
      }
    }
    System.out.print(out);
    System.out.flush();
  }

  static void change(TreeSet<Tally> ranked, Tally tally, int by) {
    if (tally.count > 0) ranked.remove(tally);
    tally.count += by;
    if (tally.count > 0) ranked.add(tally);
  }
}
