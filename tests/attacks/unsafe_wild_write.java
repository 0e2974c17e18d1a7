// attack: sun.misc.Unsafe (reachable by reflection in JDK 17 through the
//   jdk.unsupported module): putAddress at a wild address. The JVM's own
//   SIGSEGV handler catches the fault and aborts with its crash report
//   (hs_err: "A fatal error has been detected by the Java Runtime
//   Environment"), which must be an RE, not an IE; the crash report goes to
//   stdout and to an hs_err_pid file in the box, nowhere else.
// verdicts: RE
import java.lang.reflect.Field;
import sun.misc.Unsafe;
public class UnsafeWildWrite {
  public static void main(String[] args) throws Exception {
    Field f = Unsafe.class.getDeclaredField("theUnsafe");
    f.setAccessible(true);
    Unsafe unsafe = (Unsafe) f.get(null);
    System.err.println("unsafe_wild_write: got " + unsafe);
    unsafe.putAddress(0xdead0000L, 0x41414141L);
    unsafe.putLong(0x10L, 42L);
    System.out.println(0);
    System.exit(42);
  }
}
