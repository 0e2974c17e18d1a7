#include <catch2/catch.hpp>

#include <csignal>

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
