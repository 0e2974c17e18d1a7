// The CLI's contract: bad input gets one clear line on stderr and exit 2.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/temp_dir.h"

using test_support::run_judge;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;

namespace {
std::string q(const std::filesystem::path& p) { return "'" + p.string() + "'"; }
const std::string kProblem = "minimum-passes";

void expect_bad_input(const test_support::CommandResult& r, const std::string& expected) {
  INFO("stderr: " << r.err);
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Catch::Contains(expected));
  CHECK(r.out.empty());
  // One line: the message, not a stack of them.
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}
}  // namespace

TEST_CASE("a missing source file is exit 2", "[cli]") {
  TempDir dir;
  expect_bad_input(run_judge("submit " + kProblem + " " + q(dir / "nope.cpp")), "no such file");
}

TEST_CASE("an unknown problem suggests the closest id", "[cli]") {
  TempDir dir;
  write_file(dir / "a.cpp", "int main(){}");
  expect_bad_input(run_judge("submit minimum-pases " + q(dir / "a.cpp")), "did you mean 'minimum-passes'?");
}

TEST_CASE("an unknown extension asks for --lang", "[cli]") {
  TempDir dir;
  write_file(dir / "a.rb", "puts 1");
  expect_bad_input(run_judge("submit " + kProblem + " " + q(dir / "a.rb")), "--lang");
  expect_bad_input(run_judge("submit " + kProblem + " " + q(dir / "a.rb") + " --lang ruby"), "unknown language 'ruby'");
}

TEST_CASE("empty and binary sources are refused", "[cli]") {
  TempDir dir;
  write_file(dir / "empty.cpp", "");
  expect_bad_input(run_judge("submit " + kProblem + " " + q(dir / "empty.cpp")), "empty");
  write_file(dir / "blob.cpp", std::string("\x7f" "ELF\0\0\x01", 7));
  expect_bad_input(run_judge("submit " + kProblem + " " + q(dir / "blob.cpp")), "binary");
}

TEST_CASE("a malformed package names the file and line", "[cli]") {
  TempDir dir;
  write_file(dir / "broken/problem.yaml", "id: broken\nlimits: [time\n");
  write_file(dir / "a.cpp", "int main(){}");
  expect_bad_input(run_judge("submit " + q(dir / "broken") + " " + q(dir / "a.cpp")), "problem.yaml:");
  expect_bad_input(run_judge("validate " + q(dir / "broken")), "malformed YAML");
}

TEST_CASE("bad usage is exit 2", "[cli]") {
  CHECK(run_judge("").status == 2);
  CHECK(run_judge("submit").status == 2);
  CHECK(run_judge("frobnicate").status == 2);
  CHECK(run_judge("--help").status == 0);
}

TEST_CASE("problems lists every package", "[cli]") {
  auto r = run_judge("problems --json");
  REQUIRE(r.status == 0);
  auto list = nlohmann::json::parse(r.out);
  std::vector<std::string> ids;
  for (const auto& p : list) ids.push_back(p["id"]);
  CHECK(std::find(ids.begin(), ids.end(), "minimum-passes") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "top-k-window") != ids.end());
}

TEST_CASE("doctor reports the active layers and a passing self-test", "[cli]") {
  auto r = run_judge("doctor --json");
  INFO(r.err);
  REQUIRE(r.status == 0);
  auto report = nlohmann::json::parse(r.out);
  CHECK(report["sandbox"]["self_test"]["ok"] == true);
  auto layers = report["sandbox"]["layers"].get<std::vector<std::string>>();
  CHECK(std::find(layers.begin(), layers.end(), "seccomp") != layers.end());
  CHECK(std::find(layers.begin(), layers.end(), "rlimits") != layers.end());
  for (const auto& runner : report["runners"]) {
    INFO(runner.dump());
    CHECK(runner["available"] == true);
    CHECK_FALSE(runner["version"].get<std::string>().empty());
  }
  for (const auto& runner : report["runners"]) {
    // The version line is the tool's own, read in the sandbox.
    if (runner["language"] == "java") CHECK_THAT(runner["version"].get<std::string>(), Catch::Contains("17"));
    if (runner["language"] == "cpp") CHECK_THAT(runner["version"].get<std::string>(), Catch::StartsWith("g++"));
  }
}
