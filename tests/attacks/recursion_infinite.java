// attack: infinite recursion in Java: the JVM stops it at the thread's stack
//   size (-Xss) with a StackOverflowError, which must be an RE that says so
//   Unwinding the compiled frames makes HotSpot take about 4x the stack in
//   arena memory: with -Xss64m the run peaked at 215-490 MiB, an MLE at a
//   256 MiB limit in a third of the runs; runners/java.yaml's -Xss32m keeps
//   it near 150 MiB.
// verdicts: RE
// message-contains: StackOverflowError
public class RecursionInfinite {
  static long down(long n) {
    return down(n + 1) + 1;
  }
  public static void main(String[] args) {
    System.out.println(down(0));
  }
}
