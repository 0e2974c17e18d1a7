// attack: memory bomb with sun.misc.Unsafe.allocateMemory: 64 MiB blocks of
//   native memory (no -Xmx, no MaxDirectMemorySize counts them), each filled
//   with setMemory so every page is resident, never freed. Only the memory
//   limit can stop it: MLE
// verdicts: MLE
// tle-after-memory: 25
import java.lang.reflect.Field;
import sun.misc.Unsafe;
public class UnsafeAllocateBomb {
  public static void main(String[] args) throws Exception {
    Field f = Unsafe.class.getDeclaredField("theUnsafe");
    f.setAccessible(true);
    Unsafe unsafe = (Unsafe) f.get(null);
    for (;;) {
      long block = unsafe.allocateMemory(64L << 20);
      unsafe.setMemory(block, 64L << 20, (byte) 1);
    }
  }
}
