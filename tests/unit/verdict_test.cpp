#include <catch2/catch.hpp>

#include <csignal>

#include "engine/language/crash_summary.h"
#include "engine/language/verdict.h"

using namespace judge;
using sandbox::Limit;
using sandbox::Outcome;

namespace {
Outcome exited(int code, std::int64_t cpu_ms = 10) {
  Outcome o;
  o.exited = true;
  o.exit_code = code;
  o.cpu_ms = cpu_ms;
  return o;
}
Outcome killed(int sig, Limit limit = Limit::None) {
  Outcome o;
  o.exited = false;
  o.term_signal = sig;
  o.limit = limit;
  return o;
}
}  // namespace

TEST_CASE("verdict codes are exactly the documented ones", "[verdict]") {
  for (const char* code : {"AC", "WA", "TLE", "MLE", "OLE", "RE", "CE", "SV", "IE"}) {
    auto verdict = verdict_from_string(code);
    REQUIRE(verdict);
    CHECK(to_string(*verdict) == code);
  }
  CHECK_FALSE(verdict_from_string("PE"));
}

TEST_CASE("a clean exit within limits goes to the checker", "[verdict]") {
  CHECK(judge_outcome(exited(0), 1000, "").verdict == Verdict::AC);
}

TEST_CASE("each limit maps to its verdict", "[verdict]") {
  CHECK(judge_outcome(killed(SIGKILL, Limit::CpuTime), 1000, "").verdict == Verdict::TLE);
  CHECK(judge_outcome(killed(SIGKILL, Limit::WallTime), 1000, "").verdict == Verdict::TLE);
  CHECK(judge_outcome(killed(SIGXFSZ, Limit::Output), 1000, "").verdict == Verdict::OLE);
  CHECK(judge_outcome(killed(SIGKILL, Limit::Memory), 1000, "").verdict == Verdict::MLE);
  Outcome sv = killed(SIGKILL, Limit::Syscall);
  sv.syscall = "socket";
  Judgement j = judge_outcome(sv, 1000, "");
  CHECK(j.verdict == Verdict::SV);
  CHECK_THAT(j.message, Catch::Contains("socket"));
}

TEST_CASE("finishing over the CPU limit is still TLE", "[verdict]") {
  CHECK(judge_outcome(exited(0, 1001), 1000, "").verdict == Verdict::TLE);
  CHECK(judge_outcome(exited(0, 1000), 1000, "").verdict == Verdict::AC);
}

TEST_CASE("crashes are RE with the signal or exit code named", "[verdict]") {
  Judgement segv = judge_outcome(killed(SIGSEGV), 1000, "");
  CHECK(segv.verdict == Verdict::RE);
  CHECK_THAT(segv.message, Catch::Contains("SIGSEGV"));
  Judgement code = judge_outcome(exited(3), 1000, "");
  CHECK(code.verdict == Verdict::RE);
  CHECK_THAT(code.message, Catch::Contains("exit code 3"));
}

TEST_CASE("a failed allocation is MLE, not RE", "[verdict]") {
  std::string cpp = "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc";
  CHECK(judge_outcome(killed(SIGABRT), 1000, cpp).verdict == Verdict::MLE);
  CHECK(judge_outcome(exited(1), 1000, "Traceback ...\nMemoryError\n").verdict == Verdict::MLE);
  // ...but only when the program actually failed.
  CHECK(judge_outcome(exited(0), 1000, "MemoryError").verdict == Verdict::AC);
}

TEST_CASE("the JVM's and V8's out-of-memory reports are MLE", "[verdict]") {
  CHECK(judge_outcome(exited(1), 1000, "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n")
            .verdict == Verdict::MLE);
  CHECK(judge_outcome(killed(SIGABRT), 1000,
                      "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n")
            .verdict == Verdict::MLE);
  // A thread the pids limit refused: the bomb's other threads keep the JVM
  // running into the time limit, yet the cause was the thread limit.
  Outcome stuck = killed(SIGKILL, Limit::WallTime);
  const std::string threads =
      "Exception in thread \"main\" java.lang.OutOfMemoryError: unable to create native thread: possibly out of "
      "memory or process/resource limits reached\n\tat java.base/java.lang.Thread.start0(Native Method)\n";
  Judgement bomb = judge_outcome(stuck, 1000, threads);
  CHECK(bomb.verdict == Verdict::MLE);
  CHECK_THAT(bomb.message, Catch::StartsWith("could not start another thread"));
  // Any other time-out stays a TLE.
  CHECK(judge_outcome(stuck, 1000, "Exception in thread \"main\" java.lang.IllegalStateException\n").verdict ==
        Verdict::TLE);
}

TEST_CASE("an uncaught exception is named with the candidate's innermost frame", "[verdict]") {
  SECTION("Java: library and driver frames are passed over") {
    const std::string err =
        "Exception in thread \"main\" java.util.NoSuchElementException\n"
        "\tat java.base/java.util.ArrayDeque.removeFirst(ArrayDeque.java:362)\n"
        "\tat LRUCache.evict(LRUCache.java:17)\n"
        "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)\n"
        "\tat Driver.main(Driver.java:240)\n";
    CHECK(crash_summary(err) == "uncaught java.util.NoSuchElementException, at LRUCache.evict(LRUCache.java:17)");
    Judgement re = judge_outcome(exited(1), 1000, err);
    CHECK(re.verdict == Verdict::RE);
    CHECK(re.message ==
          "uncaught java.util.NoSuchElementException, at LRUCache.evict(LRUCache.java:17) (exit code 1)");
  }
  SECTION("Node: the error's line above its frames, the box's path left out") {
    const std::string err =
        "/box/solution.js:1\nfunction f(a) { return a.x.y; }\n                           ^\n\n"
        "TypeError: Cannot read properties of undefined (reading 'y')\n"
        "    at f (/box/solution.js:1:28)\n"
        "    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n\nNode.js v20.20.2\n";
    CHECK(crash_summary(err) == "uncaught TypeError: Cannot read properties of undefined (reading 'y'), at f (solution.js:1:28)");
  }
  SECTION("Python: the innermost frame of the candidate's file, not the driver's") {
    const std::string err =
        "Traceback (most recent call last):\n"
        "  File \"/box/driver.py\", line 140, in <module>\n    main()\n"
        "  File \"/box/solution.py\", line 3, in get\n    return [][1]\n           ~~^^^\n"
        "  File \"/usr/lib/python3.11/heapq.py\", line 9, in heappop\n"
        "IndexError: list index out of range\n";
    CHECK(crash_summary(err) == "uncaught IndexError: list index out of range, at solution.py:3 in get");
  }
  SECTION("a long message is cut, at a character's edge") {
    const std::string err = "Exception in thread \"main\" java.lang.RuntimeException: " + std::string(300, 'x') +
                            "\xc3\xa9\n\tat A.main(A.java:1)\n";
    const auto found = crash_summary(err);
    REQUIRE(found);
    CHECK(found->size() < 260);
    CHECK_THAT(*found, Catch::Contains("...") && Catch::EndsWith("at A.main(A.java:1)"));
  }
  SECTION("nothing to name: a crash by signal, an explicit exit, free text") {
    CHECK_FALSE(crash_summary(""));
    CHECK_FALSE(crash_summary("error: n must be positive\n"));
    CHECK(judge_outcome(exited(2), 1000, "usage: solution\n").message == "exit code 2");
  }
}

TEST_CASE("a sandbox failure is the judge's fault", "[verdict]") {
  Outcome broken;
  broken.error = "fork: Resource temporarily unavailable";
  CHECK(judge_outcome(broken, 1000, "").verdict == Verdict::IE);
}

TEST_CASE("the overall verdict is the first non-AC test", "[verdict]") {
  using V = Verdict;
  CHECK(overall_verdict({V::AC, V::AC}) == V::AC);
  CHECK(overall_verdict({V::AC, V::WA, V::TLE}) == V::WA);
  CHECK(overall_verdict({V::TLE, V::WA}) == V::TLE);
  CHECK(overall_verdict({}) == V::IE);
}
