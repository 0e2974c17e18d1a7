// attack: memory bomb on the Java heap made of small objects: arrays of
//   fresh long[2] kept forever, so the collector copies and marks millions
//   of live objects as the heap fills. java.lang.OutOfMemoryError "Java heap
//   space" must be an MLE, not an RE. The collector's work takes it past the
//   time limit first on a 2-core machine: the error comes after 1.0-1.5 s of
//   CPU, over a 0.84 s limit, and the judge says TLE, with the memory limit
//   90% used (which tle-after-memory accepts).
// verdicts: MLE
// tle-after-memory: 25
import java.util.ArrayList;
import java.util.List;
public class HeapBombObjects {
  public static void main(String[] args) {
    List<Object[]> kept = new ArrayList<>();
    for (;;) {
      Object[] block = new Object[1 << 16];
      for (int i = 0; i < block.length; i++) block[i] = new long[] {i, i * 31L};
      kept.add(block);
    }
  }
}
