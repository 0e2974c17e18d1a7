#include <catch2/catch.hpp>

#include "engine/check/checker.h"
#include "support/temp_dir.h"

using namespace judge;
using Status = CheckResult::Status;

TEST_CASE("tokens checker ignores whitespace layout", "[checker]") {
  CHECK(check_tokens("1 2\n3\n", "1\n2 3").status == Status::Accepted);
  CHECK(check_tokens("  a   b  ", "a b\n\n").status == Status::Accepted);
  CHECK(check_tokens("", "").status == Status::Accepted);
}

TEST_CASE("tokens checker names the first difference", "[checker]") {
  CheckResult r = check_tokens("1\n2\n4\n", "1\n2\n3\n");
  CHECK(r.status == Status::WrongAnswer);
  CHECK_THAT(r.message, Catch::Contains("line 3") && Catch::Contains("expected '3'") && Catch::Contains("got '4'"));
}

TEST_CASE("tokens checker catches missing and extra output", "[checker]") {
  CheckResult missing = check_tokens("1 2", "1 2 3");
  CHECK(missing.status == Status::WrongAnswer);
  CHECK_THAT(missing.message, Catch::Contains("ends after 2 tokens"));
  CheckResult extra = check_tokens("1 2 3", "1 2");
  CHECK(extra.status == Status::WrongAnswer);
  CHECK_THAT(extra.message, Catch::Contains("extra output"));
  CHECK(check_tokens("", "1").status == Status::WrongAnswer);
}

TEST_CASE("tokens checker is case- and format-sensitive", "[checker]") {
  CHECK(check_tokens("Yes", "yes").status == Status::WrongAnswer);
  CHECK(check_tokens("1.0", "1").status == Status::WrongAnswer);
}

TEST_CASE("exact checker compares lines, forgiving trailing whitespace only", "[checker]") {
  CHECK(check_exact("a b\nc  \n\n\n", "a b\nc").status == Status::Accepted);
  CHECK(check_exact("a  b\nc", "a b\nc").status == Status::WrongAnswer);
  CHECK(check_exact("a\nb", "a b").status == Status::WrongAnswer);
  CHECK(check_exact(" a", "a").status == Status::WrongAnswer);
  CheckResult r = check_exact("x\ny\n", "x\nz\n");
  CHECK_THAT(r.message, Catch::Contains("line 2"));
}

TEST_CASE("float checker accepts either tolerance", "[checker]") {
  CHECK(check_float("1.0000001", "1", 1e-6, 0).status == Status::Accepted);
  CHECK(check_float("1.00001", "1", 1e-6, 0).status == Status::WrongAnswer);
  CHECK(check_float("1000000.5", "1000000", 0, 1e-6).status == Status::Accepted);
  CHECK(check_float("1000002", "1000000", 0, 1e-6).status == Status::WrongAnswer);
  CHECK(check_float("2.5e3 word", "2500 word", 1e-9, 1e-9).status == Status::Accepted);
  CHECK(check_float("2500 Word", "2500 word", 1e-9, 1e-9).status == Status::WrongAnswer);
}

TEST_CASE("float checker rejects non-numbers where numbers are expected", "[checker]") {
  CHECK(check_float("nan", "1", 1, 1).status == Status::WrongAnswer);
  CHECK(check_float("inf", "1e308", 1, 1).status == Status::WrongAnswer);
  CHECK(check_float("1x", "1", 1, 1).status == Status::WrongAnswer);
}

TEST_CASE("custom checker exit codes map to the testlib protocol", "[checker]") {
  test_support::TempDir dir;
  // A checker that answers with the exit code written in the output file.
  test_support::write_file(dir / "checker.sh", "#!/bin/sh\necho \"checker says $(cat $2)\" >&2\nexit $(cat $2)\n");
  std::filesystem::permissions(dir / "checker.sh", std::filesystem::perms::owner_all);
  test_support::write_file(dir / "in", "");
  test_support::write_file(dir / "ans", "");
  auto run = [&](const std::string& code) {
    test_support::write_file(dir / "out", code);
    return check_custom(dir / "checker.sh", dir / "in", dir / "out", dir / "ans");
  };
  CHECK(run("0").status == Status::Accepted);
  CheckResult wa = run("1");
  CHECK(wa.status == Status::WrongAnswer);
  CHECK(wa.message == "checker says 1");
  CHECK(run("2").status == Status::PresentationError);
  CHECK(run("3").status == Status::CheckerFailed);
  CHECK(run("7").status == Status::CheckerFailed);
  CHECK(check_custom(dir / "missing-checker", dir / "in", dir / "out", dir / "ans").status == Status::CheckerFailed);
}

TEST_CASE("lines checker keeps line grouping but frees spacing", "[checker]") {
  CHECK(check_lines("a  b\nc\n", "a b\nc").status == Status::Accepted);
  CHECK(check_lines("a b \r\nc\n\n", "a b\nc\n").status == Status::Accepted);
  CheckResult regrouped = check_lines("a\nb c\n", "a b\nc\n");
  CHECK(regrouped.status == Status::WrongAnswer);
  CHECK_THAT(regrouped.message, Catch::Contains("line 1"));
  CheckResult wrong = check_lines("a b\nc d\n", "a b\nc e\n");
  CHECK(wrong.status == Status::WrongAnswer);
  CHECK_THAT(wrong.message, Catch::Contains("line 2") && Catch::Contains("expected 'e'") && Catch::Contains("got 'd'"));
  CHECK(check_lines("a b\n", "a b\nc\n").status == Status::WrongAnswer);
  CHECK(check_lines("a b\nc\nd\n", "a b\nc\n").status == Status::WrongAnswer);
  // An empty line where the answer has one (no ids in the window) counts.
  CHECK(check_lines("a\n\nb\n", "a\n\nb\n").status == Status::Accepted);
  CHECK(check_lines("a\nb\n", "a\n\nb\n").status == Status::WrongAnswer);
}
