// attack: write files outside the work dir from Java: the canary dir, /tmp,
//   /var/tmp, /dev/shm, /root, /work, the judge's cache, and through
//   /proc/1/root and /proc/self/cwd/.. (java.io, so the JDK's nio libraries
//   are not loaded). All failing prints 0 (WA); if one is created it exits 42
//   (RE), fine with a private /tmp: the test checks the host for every one of
//   them.
// verdicts: WA RE SV
import java.io.File;
import java.io.FileOutputStream;
public class WriteEscape {
  public static void main(String[] args) {
    String[] targets = {"/tmp/judge-attack-canary/from-java", "/tmp/judge-attack-pwned", "/var/tmp/judge-attack-pwned",
                        "/dev/shm/judge-attack-pwned", "/root/judge-attack-pwned", "/work/judge-attack-pwned",
                        "/work/main/judge-attack-pwned", "/root/.cache/judge/judge-attack-pwned",
                        "/proc/1/root/tmp/judge-attack-pwned", "/proc/self/cwd/../tmp/judge-attack-canary/from-java-cwd"};
    boolean wrote = false;
    for (String target : targets) {
      try {
        File f = new File(target);
        if (f.getParentFile() != null) f.getParentFile().mkdirs();
        if (!f.createNewFile()) continue;
        try (FileOutputStream out = new FileOutputStream(f)) {
          out.write("pwned\n".getBytes());
        }
        System.err.println("write_escape: created " + target);
        wrote = true;
      } catch (Exception e) {
      }
    }
    System.out.println(0);
    System.exit(wrote ? 42 : 0);
  }
}
