// attack: thread bomb in Java: spinning threads with small stacks started
//   forever. The JVM starts ~14 threads of its own; the pids limit (32)
//   stops the rest, and Thread.start throws OutOfMemoryError "unable to
//   create native thread", which the bomb ignores and retries 5 ms later
//   (the JVM prints two warning lines on stdout for every failed start:
//   unpaced, a fast machine would turn that into an OLE). The spinning
//   threads run out the CPU time: TLE.
// verdicts: TLE RE SV MLE
public class ThreadBomb {
  public static void main(String[] args) {
    Runnable spin = () -> {
      for (long i = 0;; i++) Thread.onSpinWait();
    };
    for (long started = 0;;) {
      try {
        Thread t = new Thread(null, spin, "bomb-" + started, 64 * 1024);
        t.setDaemon(true);
        t.start();
        started++;
      } catch (Throwable e) {
        // pids limit reached (OutOfMemoryError): try again
        try {
          Thread.sleep(5);
        } catch (InterruptedException ignored) {
        }
      }
    }
  }
}
