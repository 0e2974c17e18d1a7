// attack: infinite recursion in Java: the JVM stops it at the thread's stack
//   size (-Xss) with a StackOverflowError, which must be an RE that says so
// Engine gap: with -Xss64m the overflow fills a 64 MiB stack, and unwinding
//   the 1.3-1.5 million compiled frames makes HotSpot malloc another ~110 MiB
//   (none of it with -Xint), so the run peaks at 215-262 MiB of the 256 MiB
//   limit: about one test run in four (a third of the submissions) is MLE
//   ("used more memory than the limit allows") instead of RE, which is what
//   it should be.
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
