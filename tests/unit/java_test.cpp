// Java (runners/java.yaml) end to end, in the sandbox: every verdict of a
// stdio program, the JVM's own ways of failing read as the candidate's
// verdict, and class and function problems through the generated driver
// (runners/drivers/java.mustache).
#include <catch2/catch.hpp>

#include "engine/grading/grader.h"
#include "support/grading.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::describe;
using test_support::source_dir;

namespace {

Report grade_text(const fs::path& package, const std::string& file_name, const std::string& text) {
  return test_support::grade_text(test_support::package(package), file_name, text);
}

// The file's name never matters: the public class decides it in the box.
Report stdio(const std::string& text) {
  return grade_text(source_dir() / "problems" / "minimum-passes", "whatever-name.java", text);
}

fs::path fixture(const std::string& id) { return test_support::fixture_dir(id); }

std::string echo_with(const std::string& from, const std::string& to) {
  return test_support::text_with(fixture("echo-types") / "submissions/accepted/echo.java", from, to);
}

// The reference's algorithm, reading input the fast usual way; no import
// line: java.util.* and java.io.* come with the runner's prelude.
const char* kAccepted =
    "public class Passes {\n"
    "  public static void main(String[] args) throws IOException {\n"
    "    StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));\n"
    "    in.nextToken();\n"
    "    int n = (int) in.nval;\n"
    "    int[] pos = new int[n + 2];\n"
    "    for (int i = 0; i < n; i++) { in.nextToken(); pos[(int) in.nval] = i; }\n"
    "    int passes = 1;\n"
    "    for (int v = 1; v < n; v++) if (pos[v + 1] < pos[v]) passes++;\n"
    "    System.out.println(passes);\n"
    "  }\n"
    "}\n";

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("a Java stdio program gets every verdict", "[java][grading]") {
  SECTION("AC, whatever the file and the public class are called") {
    Report r = stdio(kAccepted);
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("AC, with its own imports and main in a non-public class") {
    std::string text = kAccepted;
    text.replace(0, std::string("public class Passes").size(), "class Passes");
    Report r = stdio("import java.io.*;\nimport java.util.Scanner;\n" + text);
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("AC: a recursive DFS 10^5 frames deep fits the stack") {
    std::string text = kAccepted;
    text.replace(text.find("System.out.println(passes);"), 27,
                 "System.out.println(passes + depth(100000) - 100000);");
    text.replace(text.rfind('}'), 1, "  static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }\n}");
    Report r = stdio(text);
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("WA") {
    Report r = stdio("class A { public static void main(String[] a) { System.out.println(1); } }\n");
    CHECK(r.verdict == Verdict::WA);
  }
  SECTION("CE: javac's message, with the candidate's own line numbers") {
    Report r = stdio("class A {\n  public static void main(String[] a) {\n    int x = \"text\";\n  }\n}\n");
    REQUIRE(r.verdict == Verdict::CE);
    CHECK_THAT(r.compile.log, Catch::Contains("A.java:3: error: incompatible types"));
    CHECK(r.tests.empty());
  }
  SECTION("CE: a package line says why") {
    Report r = stdio("package interview;\nclass A { public static void main(String[] a) {} }\n");
    REQUIRE(r.verdict == Verdict::CE);
    CHECK_THAT(r.compile.log, Catch::Contains("package"));
  }
  SECTION("CE: a stdio program without main says why") {
    Report r = stdio("class A { void run() {} }\n");
    REQUIRE(r.verdict == Verdict::CE);
    CHECK_THAT(r.compile.log, Catch::Contains("main"));
  }
  SECTION("RE: an uncaught exception, named with the candidate's frame") {
    Report r = stdio(
        "class A {\n"
        "  static int at(int[] a, int i) { return a[i]; }\n"
        "  public static void main(String[] args) { System.out.println(at(new int[2], 5)); }\n"
        "}\n");
    REQUIRE(r.verdict == Verdict::RE);
    CHECK(first_line(r.tests[0].message) ==
          "uncaught java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 2, at A.at(A.java:2) "
          "(exit code 1)");
  }
  SECTION("RE: a null dereference (the JVM's own SIGSEGV, handled) is a NullPointerException") {
    Report r = stdio(
        "class A {\n"
        "  public static void main(String[] args) {\n"
        "    int[] none = args.length == 0 ? null : new int[1];\n"
        "    System.out.println(none[0]);\n"
        "  }\n"
        "}\n");
    REQUIRE(r.verdict == Verdict::RE);
    CHECK_THAT(first_line(r.tests[0].message), Catch::StartsWith("uncaught java.lang.NullPointerException") &&
                                                   Catch::Contains("at A.main(A.java:4)"));
  }
  SECTION("RE: infinite recursion is a StackOverflowError, named") {
    Report r = stdio("class A {\n  static int f(int n) { return f(n + 1) + 1; }\n"
                     "  public static void main(String[] a) { System.out.println(f(0)); }\n}\n");
    REQUIRE(r.verdict == Verdict::RE);
    CHECK_THAT(first_line(r.tests[0].message),
               Catch::StartsWith("uncaught java.lang.StackOverflowError, at A.f(A.java:2)"));
  }
  SECTION("TLE") {
    Report r = stdio("class A { public static void main(String[] a) { for (;;) {} } }\n");
    CHECK(r.verdict == Verdict::TLE);
  }
  SECTION("MLE: a heap that outgrows -Xmx is an OutOfMemoryError, not an RE") {
    Report r = stdio("class A { public static void main(String[] a) {\n"
                     "  List<long[]> kept = new ArrayList<>(); for (;;) kept.add(new long[1 << 20]); } }\n");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::MLE);
  }
  SECTION("MLE: a thread bomb stops at the thread limit, though its threads keep the JVM alive") {
    Report r = stdio("class A { public static void main(String[] a) {\n"
                     "  for (;;) new Thread(() -> { try { Thread.sleep(100000); } catch (InterruptedException e) {} }).start(); } }\n");
    REQUIRE(r.verdict == Verdict::MLE);
    CHECK_THAT(r.tests[0].message, Catch::StartsWith("could not start another thread"));
  }
  SECTION("the JVM's warnings never land in the answer") {
    // Threads that fail to start make the JVM warn; the answer stays clean.
    std::string text = kAccepted;
    text.replace(text.find("System.out.println(passes);"), 27,
                 "for (int i = 0; i < 200; i++) try { new Thread(() -> { try { Thread.sleep(2000); } "
                 "catch (InterruptedException e) {} }).start(); } catch (OutOfMemoryError e) { break; }\n"
                 "    System.out.println(passes); System.exit(0);");
    Report r = stdio(text);
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
}

TEST_CASE("Java class and function problems go through the generated driver", "[java][driver]") {
  SECTION("every value type round-trips, without an import line") {
    Report r = test_support::grade_source(test_support::package(fixture("echo-types")),
                                          fixture("echo-types") / "submissions/accepted/echo.java");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
    CHECK(r.tests.size() == 3);
  }
  SECTION("a function problem's method in class Solution") {
    Report r = test_support::grade_source(test_support::package(fixture("top-k-function")),
                                          fixture("top-k-function") / "submissions/accepted/reference.java");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("a class extending a library class, with its own import lines") {
    Report r = grade_text(source_dir() / "problems" / "lru-cache", "lru.java",
                          "import java.util.LinkedHashMap;\nimport java.util.Map;\n\n"
                          "class LRUCache extends LinkedHashMap<Integer, Integer> {\n"
                          "  private final int capacity;\n"
                          "  LRUCache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }\n"
                          "  int get(int key) { return super.getOrDefault(key, -1); }\n"
                          "  void put(int key, int value) { super.put(key, value); }\n"
                          "  @Override protected boolean removeEldestEntry(Map.Entry<Integer, Integer> e) {\n"
                          "    return size() > capacity;\n"
                          "  }\n"
                          "}\n");
    INFO(describe(r));
    CHECK(r.verdict == Verdict::AC);
  }
  SECTION("a missing method is a CE naming it") {
    Report r = grade_text(fixture("echo-types"), "Echo.java", echo_with("String recall() { return last; }", ""));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error: expected `String recall()` in class Echo");
  }
  SECTION("a wrong parameter type is a CE naming the signature") {
    Report r = grade_text(fixture("echo-types"), "Echo.java", echo_with("long twice(long x)", "long twice(int x)"));
    CHECK(r.message == "compilation error: expected `long twice(long x)` in class Echo");
  }
  SECTION("no class") {
    Report r = grade_text(fixture("echo-types"), "Echo.java", "class Echo2 {}\n");
    CHECK(r.message == "compilation error: class Echo is not defined: submit the class Echo");
  }
  SECTION("a syntax error is the candidate's, not an interface message") {
    Report r = grade_text(fixture("echo-types"), "Echo.java", echo_with("class Echo {", "class Echo { broken("));
    CHECK(r.verdict == Verdict::CE);
    CHECK(r.message == "compilation error");
    CHECK_THAT(r.compile.log, Catch::Contains("error"));
  }
  SECTION("an exception in a method names the candidate's frame, not the driver's") {
    Report r = grade_text(fixture("echo-types"), "Echo.java",
                          echo_with("int addInt(int x) { return base + x; }",
                                    "int addInt(int x) { return (new int[0])[x]; }"));
    REQUIRE(r.verdict == Verdict::RE);
    CHECK_THAT(first_line(r.tests[0].message),
               Catch::StartsWith("uncaught java.lang.ArrayIndexOutOfBoundsException") &&
                   Catch::Contains("at Echo.addInt(Solution.java:9)"));  // the prelude kept the line
  }
}
