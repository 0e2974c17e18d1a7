// attack: run a shell from Java: Runtime.exec of /bin/sh (the JDK's default
//   launch: posix_spawn of its jspawnhelper, which then execs the shell),
//   then of /bin/cat directly. A shell that runs prints the host's
//   /etc/passwd to stderr and the program exits 42 (RE).
// verdicts: SV
public class RuntimeExec {
  public static void main(String[] args) throws Exception {
    boolean ran = false;
    String[][] commands = {
        {"/bin/sh", "-c", "cat /etc/passwd >&2; touch /tmp/judge-attack-pwned; exit 7"},
        {"/bin/cat", "/etc/passwd"}};
    for (String[] command : commands) {
      try {
        Process p = Runtime.getRuntime().exec(command);
        p.getInputStream().transferTo(System.err);
        int status = p.waitFor();
        System.err.println("runtime_exec: " + command[0] + " exited " + status);
        ran = true;
      } catch (java.io.IOException e) {
        System.err.println("runtime_exec: " + e);
      }
    }
    System.out.println(0);
    System.exit(ran ? 42 : 3);
  }
}
