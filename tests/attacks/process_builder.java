// attack: run a shell from Java through ProcessBuilder, with the JDK told to
//   launch by vfork + exec of the shell itself (no jspawnhelper), its output
//   inherited, then a detached `sleep` left behind. A shell that runs prints
//   the host's /etc/passwd to stderr and the program exits 42 (RE).
// verdicts: SV
import java.util.concurrent.TimeUnit;
public class ProcessBuilderShell {
  public static void main(String[] args) throws Exception {
    // Read once, when the JDK's ProcessImpl class loads: before any launch.
    System.setProperty("jdk.lang.Process.launchMechanism", "VFORK");
    boolean ran = false;
    try {
      Process p = new ProcessBuilder("/bin/sh", "-c", "cat /etc/passwd >&2; touch /tmp/judge-attack-pwned; exit 7")
                      .redirectErrorStream(false)
                      .inheritIO()
                      .start();
      ran = p.waitFor() == 7;
    } catch (java.io.IOException e) {
      System.err.println("process_builder: " + e);
    }
    try {
      Process sleeper = new ProcessBuilder("/bin/sh", "-c", "sleep 30 & touch /tmp/judge-attack-pwned")
                            .redirectErrorStream(true)
                            .start();
      ran |= sleeper.waitFor(2, TimeUnit.SECONDS);
    } catch (java.io.IOException e) {
      System.err.println("process_builder: " + e);
    }
    System.out.println(0);
    System.exit(ran ? 42 : 3);
  }
}
