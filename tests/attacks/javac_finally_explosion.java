// attack: compiler: code explosion through finally blocks: javac copies a
//   finally block onto every way out of its try (the normal exit and the
//   handler for any exception), and each finally here holds the next try, so
//   the innermost statement is generated 2^24 times. javac must give up with
//   "code too large" within the compile limits: CE
// verdicts: CE
// expect-compile: CE
public class JavacFinallyExplosion {
  public static void main(String[] args) {
    try { System.out.println(23); } finally {
    try { System.out.println(22); } finally {
    try { System.out.println(21); } finally {
    try { System.out.println(20); } finally {
    try { System.out.println(19); } finally {
    try { System.out.println(18); } finally {
    try { System.out.println(17); } finally {
    try { System.out.println(16); } finally {
    try { System.out.println(15); } finally {
    try { System.out.println(14); } finally {
    try { System.out.println(13); } finally {
    try { System.out.println(12); } finally {
    try { System.out.println(11); } finally {
    try { System.out.println(10); } finally {
    try { System.out.println(9); } finally {
    try { System.out.println(8); } finally {
    try { System.out.println(7); } finally {
    try { System.out.println(6); } finally {
    try { System.out.println(5); } finally {
    try { System.out.println(4); } finally {
    try { System.out.println(3); } finally {
    try { System.out.println(2); } finally {
    try { System.out.println(1); } finally {
    try { System.out.println(0); } finally {
      System.out.println(0);
    }}}}}}}}}}}}}}}}}}}}}}}}
  }
}
