// attack: a JVM that never finishes exiting: main prints the right answer
//   and returns, but a shutdown hook calls System.exit (which blocks forever
//   inside a shutdown) and another one waits on it. No CPU is used: only the
//   wall-clock limit stops it, and the answer already printed must not count.
// verdicts: TLE
// no-test-verdict: AC
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.StringTokenizer;
public class ShutdownHookHang {
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    int n = Integer.parseInt(in.readLine().trim());
    StringTokenizer st = new StringTokenizer(in.readLine());
    int[] pos = new int[n + 1];
    for (int i = 0; i < n; i++) pos[Integer.parseInt(st.nextToken())] = i;
    int passes = 1;
    for (int v = 2; v <= n; v++) if (pos[v] < pos[v - 1]) passes++;
    System.out.println(passes);
    System.out.flush();
    Thread exiter = new Thread(() -> System.exit(3));
    Runtime.getRuntime().addShutdownHook(exiter);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        exiter.join();
      } catch (InterruptedException e) {
      }
    }));
  }
}
