// attack: thread bomb in Java that does not catch the failure: sleeping
//   threads started until Thread.start throws OutOfMemoryError "unable to
//   create native thread: possibly out of memory or process/resource limits
//   reached" at the pids limit; it reaches main, uncaught.
// verdicts: MLE
// message-contains: OutOfMemoryError
public class ThreadBombUncaught {
  public static void main(String[] args) {
    for (;;) {
      Thread t = new Thread(() -> {
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
        }
      });
      t.setDaemon(true);
      t.start();
    }
  }
}
