// attack: find the answers on disk from Java (java.io.File, so the JDK's nio
//   libraries are not loaded). First the input's own path (the
//   /proc/self/fd/0 link, resolved by getCanonicalPath) with .ans beside it,
//   then a walk of the filesystem (the usual judge places first, then / down,
//   skipping /proc /sys /dev /run and the system trees) for a file whose
//   content equals the input, printing the .ans beside it. It gives up after
//   0.7 s of CPU time, prints 0 and says on stderr where it looked.
//   Contained: it finds nothing, so no test may be accepted.
// verdicts: WA TLE RE MLE SV
// no-test-verdict: AC
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Set;
public class FsWalk {
  static byte[] input;
  static long examined = 0;
  static final Set<String> skipped = Set.of("/proc", "/sys", "/dev", "/run", "/usr", "/lib", "/lib64", "/lib32", "/bin",
                                            "/sbin", "/boot", "/etc", "/var/lib");
  static boolean outOfTime() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() > 700_000_000L;
  }
  static byte[] slurp(File f) {
    try (InputStream in = new FileInputStream(f)) {
      return in.readAllBytes();
    } catch (Exception e) {
      return null;
    }
  }
  static boolean answerBeside(File f) {
    String name = f.getName();
    int dot = name.lastIndexOf('.');
    File ans = new File(f.getParentFile(), (dot > 0 ? name.substring(0, dot) : name) + ".ans");
    if (!ans.isFile()) return false;
    byte[] answer = slurp(ans);
    if (answer == null || answer.length == 0) return false;
    System.err.println("fs_walk: found " + ans);
    System.out.write(answer, 0, answer.length);
    System.out.flush();
    return true;
  }
  static boolean search(File dir, int depth) {
    File[] entries = dir.listFiles();
    if (entries == null || depth > 40) return false;
    for (File e : entries) {
      if (outOfTime()) return false;
      String p = e.getPath();
      if (skipped.contains(p) || e.getName().equals(".git")) continue;
      ++examined;
      if (e.isDirectory()) {
        try {
          if (!e.getCanonicalPath().equals(e.getAbsolutePath())) continue;  // a symlink: no loops
        } catch (Exception x) {
          continue;
        }
        if (search(e, depth + 1)) return true;
      } else if (e.isFile() && e.length() == input.length && Arrays.equals(slurp(e), input) && answerBeside(e)) {
        return true;
      }
    }
    return false;
  }
  public static void main(String[] args) throws Exception {
    String stdin = "?";
    try {
      stdin = new File("/proc/self/fd/0").getCanonicalPath();
    } catch (Exception e) {
    }
    input = System.in.readAllBytes();
    if (stdin.startsWith("/") && answerBeside(new File(stdin))) return;
    for (String root : new String[] {"/work/main/problems", "/root/.cache/judge", "/var/cache", "/tmp", "/home", "/srv",
                                     "/opt", "/work", "/var", "/"})
      if (search(new File(root), 0)) return;
    System.out.println(0);
    System.err.println("fs_walk: stdin is " + stdin + "; " + examined + " entries examined, nothing found"
                       + (outOfTime() ? " (out of time)" : ""));
  }
}
