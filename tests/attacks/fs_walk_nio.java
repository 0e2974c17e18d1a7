// attack: find the answers on disk from Java with java.nio.file: the input
//   read with Files.readAllBytes(/dev/stdin), its own path
//   (Files.readSymbolicLink of /proc/self/fd/0) with .ans beside it,
//   then Files.walk from the usual judge places and / (skipping /proc /sys
//   /dev /run and the system trees) for a file whose content equals the
//   input, printing the .ans beside it. It gives up after 0.7 s of CPU time,
//   prints 0 and says on stderr where it looked. Contained: it finds nothing,
//   so no test may be accepted.
// java.nio.file's first FileChannel loads the JDK's libnet, whose
//   JNI_OnLoad probes for IPv4/IPv6 with socket(AF_INET, ...): under Java's
//   program-sockets-fail profile the probe fails with EACCES and the program
//   goes on, as an honest one reading its input with Files.readAllBytes
//   must. SV is left out below on purpose.
// verdicts: WA TLE RE MLE
// no-test-verdict: AC
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;
public class FsWalkNio {
  static byte[] input;
  static long examined = 0;
  static final Set<Path> skipped = Set.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"), Path.of("/run"),
      Path.of("/usr"), Path.of("/lib"), Path.of("/lib64"), Path.of("/lib32"), Path.of("/bin"), Path.of("/sbin"),
      Path.of("/boot"), Path.of("/etc"), Path.of("/var/lib"));
  static boolean outOfTime() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() > 700_000_000L;
  }
  static boolean answerBeside(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path ans = p.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".ans");
    try {
      byte[] answer = Files.readAllBytes(ans);
      if (answer.length == 0) return false;
      System.err.println("fs_walk_nio: found " + ans);
      System.out.write(answer, 0, answer.length);
      System.out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
  static boolean search(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Iterator<Path> it = walk.iterator(); it.hasNext();) {
        Path p;
        try {
          p = it.next();
        } catch (RuntimeException e) {  // an unreadable folder ends this walk
          return false;
        }
        if (outOfTime()) return false;
        if (skipped.stream().anyMatch(p::startsWith) && !p.equals(Path.of("/"))) continue;
        ++examined;
        try {
          if (Files.isRegularFile(p) && Files.size(p) == input.length && Arrays.equals(Files.readAllBytes(p), input)
              && answerBeside(p))
            return true;
        } catch (IOException e) {
        }
      }
    } catch (IOException | RuntimeException e) {
    }
    return false;
  }
  public static void main(String[] args) throws IOException {
    Path stdin = null;
    try {
      stdin = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
    } catch (IOException e) {
    }
    input = Files.readAllBytes(Path.of("/dev/stdin"));
    if (stdin != null && stdin.isAbsolute() && answerBeside(stdin)) return;
    for (String root : new String[] {"/work/main/problems", "/root/.cache/judge", "/var/cache", "/tmp", "/home", "/srv",
                                     "/opt", "/work", "/var", "/"})
      if (search(Path.of(root))) return;
    System.out.println(0);
    System.err.println("fs_walk_nio: stdin is " + stdin + "; " + examined + " entries examined, nothing found"
                       + (outOfTime() ? " (out of time)" : ""));
  }
}
