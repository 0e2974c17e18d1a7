// attack: kill every process the JVM can see, through ProcessHandle:
//   allProcesses() (the box's /proc) with destroyForcibly() on each but
//   itself, its parent and pid 1 first. Linux keeps the caller out of it, so
//   it goes on, says on stderr what it saw and prints 0 (WA).
// verdicts: WA RE SV
import java.util.ArrayList;
import java.util.List;
public class KillAll {
  public static void main(String[] args) {
    ProcessHandle self = ProcessHandle.current();
    List<String> seen = new ArrayList<>();
    List<ProcessHandle> targets = new ArrayList<>();
    self.parent().ifPresent(targets::add);
    ProcessHandle.of(1).ifPresent(targets::add);
    ProcessHandle.allProcesses().forEach(targets::add);
    for (ProcessHandle p : targets) {
      if (p.pid() == self.pid()) continue;
      boolean sent = false;
      try {
        sent = p.destroyForcibly();
      } catch (RuntimeException e) {
        seen.add(p.pid() + ": " + e);
        continue;
      }
      seen.add(p.pid() + " " + p.info().command().orElse("?") + (sent ? " signalled" : " refused"));
    }
    System.err.println("kill_all: " + String.join(", ", seen));
    System.out.println(0);
  }
}
