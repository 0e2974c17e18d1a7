// attack: stdout flood in Java: 1 MiB blocks written to System.out (a
//   FileOutputStream on fd 1 under the PrintStream) forever
// verdicts: OLE
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.util.Arrays;
public class StdoutFlood {
  public static void main(String[] args) throws Exception {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) '7');
    FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    for (;;) out.write(block);
  }
}
