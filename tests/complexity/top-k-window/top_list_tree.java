// complexity: O(n log n)
// The O(k)-per-event top list, but ids are looked up in a TreeMap (a red-black tree of strings), O(log n) string comparisons per event.
import java.io.*;
import java.util.*;

public class TopListTree {
  static String[] name;
  static int[] cnt;

  static boolean better(int a, int b) {
    if (cnt[a] != cnt[b]) return cnt[a] > cnt[b];
    return name[a].compareTo(name[b]) < 0;
  }

  static void settle(int[] top, int p) {
    while (p > 0 && better(top[p], top[p - 1])) {
      int x = top[p]; top[p] = top[p - 1]; top[p - 1] = x;
      p--;
    }
  }

  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
    StringTokenizer first = new StringTokenizer(in.readLine());
    int n = Integer.parseInt(first.nextToken());
    int k = Integer.parseInt(first.nextToken());
    long w = Long.parseLong(first.nextToken());
    long[] t = new long[n];
    int[] x = new int[n];
    TreeMap<String, Integer> num = new TreeMap<>();
    ArrayList<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = in.readLine();
      int space = line.indexOf(' ');
      t[i] = Long.parseLong(line.substring(0, space));
      String id = line.substring(space + 1).trim();
      Integer at = num.get(id);
      if (at == null) {
        at = names.size();
        num.put(id, at);
        names.add(id);
      }
      x[i] = at;
    }
    name = names.toArray(new String[0]);
    cnt = new int[name.length];
    boolean[] inTop = new boolean[name.length];
    int[] top = new int[k];
    int size = 0;
    StringBuilder out = new StringBuilder();
    PrintWriter writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out), 1 << 16));
    int l = 0;
    for (int i = 0; i < n; i++) {
      int a = x[i];
      cnt[a]++;
      if (inTop[a]) {
        int p = 0;
        while (top[p] != a) p++;
        settle(top, p);
      } else if (size < k) {
        top[size++] = a;
        inTop[a] = true;
        settle(top, size - 1);
      } else if (better(a, top[size - 1])) {
        inTop[top[size - 1]] = false;
        top[size - 1] = a;
        inTop[a] = true;
        settle(top, size - 1);
      }
      boolean rescan = false;
      while (t[l] <= t[i] - w) {
        int b = x[l++];
        cnt[b]--;
        if (inTop[b]) rescan = true;
      }
      if (rescan) {
        for (int j = 0; j < size; j++) inTop[top[j]] = false;
        size = 0;
        for (int q = 0; q < name.length; q++) {
          if (cnt[q] == 0) continue;
          if (size < k) { top[size++] = q; settle(top, size - 1); }
          else if (better(q, top[size - 1])) { top[size - 1] = q; settle(top, size - 1); }
        }
        for (int j = 0; j < size; j++) inTop[top[j]] = true;
      }
      for (int j = 0; j < size; j++) {
        if (j > 0) out.append(' ');
        out.append(name[top[j]]);
      }
      out.append('\n');
      if (out.length() > 1 << 16) {
        writer.print(out);
        out.setLength(0);
      }
    }
    writer.print(out);
    writer.flush();
  }
}
