// attack: memory bomb on the Java heap: 16 MiB long[] arrays, each filled so
//   every page is resident, kept forever. The heap (-Xmx: the memory limit
//   less the JVM's reserve) runs out first: java.lang.OutOfMemoryError "Java
//   heap space" must be an MLE, not an RE
// verdicts: MLE
// tle-after-memory: 25
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
public class HeapBomb {
  public static void main(String[] args) {
    List<long[]> kept = new ArrayList<>();
    for (long n = 1;; n++) {
      long[] block = new long[2 << 20];
      Arrays.fill(block, n);
      kept.add(block);
    }
  }
}
