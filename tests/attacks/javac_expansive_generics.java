// attack: compiler: expansive inheritance (Kennedy and Pierce): C<X>
//   implements N<N<? super C<C<X>>>>, so checking that C<String> is a
//   N<? super C<String>> needs C<C<String>>, then C<C<C<String>>>, ... and
//   javac's subtype check recurses until its own stack overflows ("The
//   system is out of resources ... java.lang.StackOverflowError", exit code
//   4), a CE within the compile limits, with the log capped
// verdicts: CE
// expect-compile: CE
public class JavacExpansiveGenerics {
  interface N<Z> {}
  static class C<X> implements N<N<? super C<C<X>>>> {
    N<? super C<String>> f(C<String> c) {
      return c;
    }
  }
  public static void main(String[] args) {
    System.out.println(0);
  }
}
