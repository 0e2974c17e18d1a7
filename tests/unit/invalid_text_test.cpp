// Text is bytes until it is shown: bytes that are not UTF-8, or UTF-8 cut
// in the middle of a character, from a program's output, a package's title
// or a client's request line, through every path that writes JSON (or XML,
// HTML, CSV): submit --json, the daemon's replies and results, batch's four
// reports (in-process and through the daemon), problems --json. Each must
// come out whole, with the one replacement rule (engine/utf8_text.h), and
// nothing may die of it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/base/utf8_text.h"
#include "support/daemon_process.h"
#include "support/temp_dir.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace test_support;

namespace {

const std::string kFFFD = "\xEF\xBF\xBD";

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

// Wrong answers whose output on the first sample is shown in the report.
const char* kPrintsFF = "#include <cstdio>\nint main() { std::fputs(\"\\xff\\xfe broken \\xe9\\n\", stdout); }\n";
// "a" and 600 é: 1201 bytes of valid UTF-8, which the 1024-byte excerpt
// used to cut in the middle of an é.
const char* kPrintsAccents =
    "#include <cstdio>\n#include <string>\nint main() { std::string s = \"a\";\n"
    "  for (int i = 0; i < 600; ++i) s += \"\\xc3\\xa9\";\n  std::puts(s.c_str()); }\n";

std::string all_messages(const json& report) {
  std::string text = report.value("message", "");
  for (const auto& test : report["tests"]) text += "\n" + test.value("message", "");
  return text;
}

void check_ff_report(const json& report) {
  CHECK(report["verdict"] == "WA");
  CHECK_THAT(all_messages(report), Catch::Contains(kFFFD + kFFFD + " broken " + kFFFD));
}

void check_accents_report(const json& report) {
  CHECK(report["verdict"] == "WA");
  std::string messages = all_messages(report);
  std::string shown = "a";
  for (int i = 0; i < 511; ++i) shown += "\xC3\xA9";
  CHECK_THAT(messages, Catch::Contains(shown + "\n[...]"));
  CHECK_THAT(messages, !Catch::Contains(kFFFD));  // cut between characters, nothing replaced
}

json parsed(const std::string& text) {
  INFO(text.substr(0, 400));
  REQUIRE(judge::is_valid_utf8(text));
  return json::parse(text);
}

}  // namespace

TEST_CASE("a program's invalid or long UTF-8 output survives submit --json, the daemon and batch", "[utf8][daemon]") {
  TempDir dir;
  write_file(dir / "ff.cpp", kPrintsFF);
  write_file(dir / "accents.cpp", kPrintsAccents);

  SECTION("submit --json, in-process and through the daemon") {
    auto ff = run_judge("submit minimum-passes " + q(dir / "ff.cpp") + " --json --no-hints");
    INFO(ff.err);
    CHECK(ff.status == 1);
    check_ff_report(parsed(ff.out));
    auto accents = run_judge("submit minimum-passes " + q(dir / "accents.cpp") + " --json --no-hints");
    CHECK(accents.status == 1);
    check_accents_report(parsed(accents.out));

    DaemonProcess daemon(dir, 1);
    REQUIRE(daemon.started());
    auto remote_ff = run_judge("submit minimum-passes " + q(dir / "ff.cpp") + " --json --no-hints" + daemon.flag());
    INFO(remote_ff.err << daemon.log());
    CHECK(remote_ff.status == 1);
    check_ff_report(parsed(remote_ff.out));
    auto remote_accents =
        run_judge("submit minimum-passes " + q(dir / "accents.cpp") + " --json --no-hints" + daemon.flag());
    CHECK(remote_accents.status == 1);
    check_accents_report(parsed(remote_accents.out));
    auto status = run_judge("status 1 --json" + daemon.flag());
    CHECK(status.status == 0);
    check_ff_report(parsed(status.out)["report"]);
    CHECK(daemon.alive());
  }

  SECTION("batch's four reports, in-process and through the daemon") {
    // A candidate folder whose name is not UTF-8 either.
    const std::string odd = "cand-\xFF\xC3";
    write_file(dir / "cohort" / odd / "minimum-passes.cpp", kPrintsFF);
    write_file(dir / "cohort" / "eve" / "minimum-passes.cpp", kPrintsAccents);
    write_file(dir / "set.yaml", "title: bytes\nproblems:\n  - id: minimum-passes\n");
    DaemonProcess daemon(dir, 1);
    REQUIRE(daemon.started());
    for (const std::string& via : {std::string(" --workers 1"), daemon.flag()}) {
      INFO(via);
      fs::path out = dir / ("out" + std::to_string(via.size()));
      auto batch = run_judge("batch " + q(dir / "set.yaml") + " " + q(dir / "cohort") + " --out " + q(out) +
                             " --no-hints --quiet" + via);
      INFO(batch.err);
      REQUIRE(batch.status == 0);
      json results = parsed(read_file(out / "results.json"));
      check_ff_report(results["results"]["cand-" + kFFFD + kFFFD]["minimum-passes"]["report"]);
      check_accents_report(results["results"]["eve"]["minimum-passes"]["report"]);
      for (const char* name : {"results.csv", "junit.xml", "report.html"}) {
        INFO(name);
        std::string text = read_file(out / name);
        CHECK(!text.empty());
        CHECK(judge::is_valid_utf8(text));
      }
    }
    CHECK(daemon.alive());
  }
}

TEST_CASE("a request line with invalid or cut UTF-8, or a number past a double, is bad_request", "[utf8][daemon]") {
  TempDir dir;
  DaemonProcess daemon(dir, 1);
  REQUIRE(daemon.started());
  for (const std::string& line : {std::string("{\"op\":\"list\",\"x\":\"\xFF\"}\n"),
                                  std::string("{\"op\":\"list\",\"x\":\"\xC3\"}\n"), std::string("\xFF\xFE\n"),
                                  std::string("{\"op\":\"\xE2\x82\"}\n"), std::string("{\"op\":\"status\",\"id\":1e400}\n")}) {
    INFO(json(judge::valid_utf8(line)).dump());
    std::string reply = test_support::send_raw(daemon.socket(), line);
    REQUIRE(daemon.alive());
    json error = parsed(reply);
    CHECK(error["code"] == "bad_request");
  }
  json list = parsed(test_support::send_raw(daemon.socket(), "{\"op\":\"list\"}\n"));
  CHECK(list.contains("submissions"));
}

TEST_CASE("a package title that is not UTF-8 is listed by problems --json", "[utf8][cli]") {
  TempDir dir;
  fs::create_directories(dir / "problems");
  fs::copy(source_dir() / "problems" / "minimum-passes", dir / "problems" / "minimum-passes",
           fs::copy_options::recursive);
  fs::path yaml = dir / "problems" / "minimum-passes" / "problem.yaml";
  std::string text = read_file(yaml);
  const std::string title = "title: Minimum passes to collect 1..n";
  REQUIRE(text.find(title) != std::string::npos);
  text.replace(text.find(title), title.size(), "title: Minimum \xFF passes \xC3");
  write_file(yaml, text);
  auto listed = run_judge("problems --json --problems " + q(dir / "problems"));
  INFO(listed.err);
  CHECK(listed.status == 0);
  json problems = parsed(listed.out);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0]["title"].get<std::string>(), Catch::Contains("Minimum " + kFFFD));
}
