// attack: read /etc/shadow (root-only) and other root-only files from Java
//   (java.io, so the JDK's nio libraries are not loaded). Contained: nothing
//   opens and it prints 0 (WA); if one opens, its first line goes to stderr
//   and it exits 42 (RE).
// verdicts: WA SV
import java.io.BufferedReader;
import java.io.FileReader;
public class ReadShadow {
  public static void main(String[] args) {
    boolean got = false;
    String[] files = {"/etc/shadow", "/etc/gshadow", "/root/.bashrc", "/etc/sudoers", "/root/.cache/judge",
                      "/proc/1/root/etc/shadow", "/proc/self/root/../../etc/shadow"};
    for (String file : files) {
      try (BufferedReader in = new BufferedReader(new FileReader(file))) {
        System.err.println(in.readLine());
        got = true;
      } catch (Exception e) {
        System.err.println("read_shadow: " + e);
      }
    }
    System.out.println(0);
    System.exit(got ? 42 : 0);
  }
}
