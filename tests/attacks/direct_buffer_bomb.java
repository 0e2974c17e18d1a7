// attack: memory bomb outside the Java heap: ByteBuffer.allocateDirect of
//   64 MiB kept forever, each filled so every page is resident. The JVM's
//   own cap (-XX:MaxDirectMemorySize, by default the heap size) or the
//   memory limit stops it: "Direct buffer memory" is an OutOfMemoryError too,
//   so MLE
// verdicts: MLE
// tle-after-memory: 25
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
public class DirectBufferBomb {
  public static void main(String[] args) {
    List<ByteBuffer> kept = new ArrayList<>();
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) 1);
    for (;;) {
      ByteBuffer block = ByteBuffer.allocateDirect(64 << 20);
      while (block.hasRemaining()) block.put(chunk);
      kept.add(block);
    }
  }
}
