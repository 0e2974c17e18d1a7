// judge batch end to end: a small cohort built from the packages' own
// submissions, graded by the built binary, and its four reports checked
// (report.html also in headless Chromium, when installed).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <streambuf>
#include <thread>
#include <regex>
#include <vector>

#include "batch/cohort.h"
#include "batch/problem_set.h"
#include "engine/base/errors.h"
#include "report/batch_results.h"
#include "report/progress.h"
#include "support/scoped_env.h"
#include "support/temp_dir.h"

using test_support::read_file;
using test_support::run_judge;
using test_support::source_dir;
using test_support::TempDir;
using test_support::write_file;
namespace fs = std::filesystem;

namespace {

std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

fs::path submission(const std::string& problem, const std::string& relative) {
  return source_dir() / "problems" / problem / "submissions" / relative;
}

void copy_in(const fs::path& from, const fs::path& to) {
  fs::create_directories(to.parent_path());
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

const char* kSet = "title: Batch test\nproblems:\n  - id: minimum-passes\n    weight: 1\n  - id: top-k-window\n    weight: 2\n";

// The cohort is graded once per test process; each case reads its outputs.
struct Graded {
  TempDir dir;
  test_support::CommandResult run;
  fs::path out() const { return dir / "out"; }
};

const Graded& graded_cohort() {
  static Graded graded = [] {
    Graded g;
    fs::path cohort = g.dir / "cohort";
    copy_in(submission("minimum-passes", "accepted/reference.cpp"), cohort / "alice/minimum-passes.cpp");
    copy_in(submission("top-k-window", "accepted/reference.cpp"), cohort / "alice/top-k-window.cpp");
    copy_in(submission("minimum-passes", "wrong_answer/missing_plus_one.cpp"), cohort / "bob/minimum-passes.cpp");
    copy_in(submission("top-k-window", "compile_error/wrong_types.cpp"), cohort / "bob/top-k-window.cpp");
    write_file(cohort / "bob/notes.txt", "remember to test");
    copy_in(submission("minimum-passes", "accepted/seen_flags.py"), cohort / "carol/minimum-passes.py");
    write_file(cohort / "carol/drafts/minimum-passes.cpp", "int main(){}");
    write_file(cohort / "carol/top-k-window.rb", "puts 1");
    write_file(cohort / "README.txt", "a stray file");
    write_file(g.dir / "set.yaml", kSet);
    g.run = run_judge("batch " + q(g.dir / "set.yaml") + " " + q(cohort) + " --out " + q(g.out()) +
                      " --no-hints --workers 2");
    return g;
  }();
  return graded;
}

std::vector<std::vector<std::string>> csv_rows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream fields(line);
    while (std::getline(fields, cell, ',')) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

// Enough of an XML parser to tell well-formed from not: every element is
// closed in order, attributes are quoted, nothing is left open.
bool well_formed_xml(const std::string& xml, std::string& why) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while ((i = xml.find('<', i)) != std::string::npos) {
    std::size_t end = xml.find('>', i);
    if (end == std::string::npos) return why = "unterminated tag", false;
    std::string tag = xml.substr(i + 1, end - i - 1);
    i = end + 1;
    if (tag.starts_with("?")) continue;
    if (std::count(tag.begin(), tag.end(), '"') % 2) return why = "unbalanced quotes in <" + tag + ">", false;
    if (tag.starts_with("/")) {
      if (open.empty() || open.back() != tag.substr(1)) return why = "unexpected </" + tag.substr(1) + ">", false;
      open.pop_back();
      continue;
    }
    std::string name = tag.substr(0, tag.find_first_of(" /"));
    if (!tag.ends_with("/")) open.push_back(name);
  }
  if (!open.empty()) return why = "<" + open.back() + "> never closed", false;
  return true;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = 0; (at = text.find(needle, at)) != std::string::npos; at += needle.size()) ++n;
  return n;
}

// A fabricated result with measured points, to draw a complexity plot
// without spending the hint's seconds.
judge::report::BatchResults with_complexity_points() {
  judge::report::BatchResults batch;
  batch.set.title = "Synthetic <set>";
  batch.set.problems = {{"minimum-passes", 1, 2}};
  batch.candidates = {"dana"};
  judge::report::Result r;
  r.submission = {"dana", "minimum-passes", "/tmp/dana/minimum-passes.cpp"};
  r.report.problem = "minimum-passes";
  r.report.verdict = judge::Verdict::TLE;
  r.report.message = "time limit exceeded on test secret/big-1";
  judge::ComplexityReport c;
  c.expected = "O(n)";
  c.estimate = "O(n^2)";
  c.hint = "grows like O(n^2)";
  c.measure = "instructions";
  for (std::uint64_t n = 1000; n <= 16000; n *= 2) {
    judge::ComplexityPoint p;
    p.n = n;
    p.seconds = 1e-9 * double(n) * double(n);
    p.instructions = n * n * 4;
    p.reference_instructions = n * 40;
    c.points.push_back(p);
  }
  r.report.complexity = c;
  batch.results.push_back(r);
  return batch;
}

std::string dump_dom(const fs::path& html, const fs::path& scratch) {
  fs::path dom = scratch / "dom.html";
  std::string command = "/usr/bin/chromium --headless --no-sandbox --disable-gpu --dump-dom 'file://" + html.string() +
                        "' >'" + dom.string() + "' 2>/dev/null";
  std::system(command.c_str());
  return read_file(dom);
}

}  // namespace

TEST_CASE("batch grades every pair and exits 0", "[batch]") {
  const Graded& g = graded_cohort();
  INFO("stderr: " << g.run.err);
  REQUIRE(g.run.status == 0);
  CHECK_THAT(g.run.out, Catch::Contains("graded 5 submissions of 3 candidates"));
  for (const char* file : {"results.csv", "results.json", "junit.xml", "report.html"}) CHECK(fs::exists(g.out() / file));
}

TEST_CASE("batch results.csv holds a row per candidate and problem", "[batch]") {
  const Graded& g = graded_cohort();
  auto rows = csv_rows(read_file(g.out() / "results.csv"));
  REQUIRE(rows.size() == 1 + 3 * 2);
  CHECK(rows[0][0] == "candidate");
  std::map<std::string, std::string> verdicts;
  std::map<std::string, std::string> scores;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    verdicts[rows[i][0] + "/" + rows[i][1]] = rows[i][3];
    scores[rows[i][0] + "/" + rows[i][1]] = rows[i][4];
  }
  CHECK(verdicts["alice/minimum-passes"] == "AC");
  CHECK(verdicts["alice/top-k-window"] == "AC");
  CHECK(verdicts["bob/minimum-passes"] == "WA");
  CHECK(verdicts["bob/top-k-window"] == "CE");
  CHECK(verdicts["carol/minimum-passes"] == "AC");
  CHECK(verdicts["carol/top-k-window"] == "none");
  CHECK(scores["alice/top-k-window"] == "2");
  CHECK(scores["bob/minimum-passes"] == "0");
}

TEST_CASE("batch results.json holds every report, the set and the totals", "[batch]") {
  const Graded& g = graded_cohort();
  auto json = nlohmann::json::parse(read_file(g.out() / "results.json"));
  CHECK(json["set"]["title"] == "Batch test");
  CHECK(json["set"]["problems"].size() == 2);
  CHECK(json["results"]["alice"]["minimum-passes"]["report"]["verdict"] == "AC");
  CHECK(json["results"]["bob"]["top-k-window"]["report"]["verdict"] == "CE");
  CHECK_FALSE(json["results"]["bob"]["top-k-window"]["report"]["compile"]["log"].get<std::string>().empty());
  CHECK(json["results"]["carol"]["minimum-passes"]["report"]["language"] == "python");
  CHECK_FALSE(json["results"]["carol"].contains("top-k-window"));
  CHECK(json["totals"]["submissions"] == 5);
  CHECK(json["totals"]["scores"]["alice"] == 3.0);
  CHECK(json["totals"]["max_score"] == 3.0);
}

TEST_CASE("batch lists skipped files with the reason", "[batch]") {
  const Graded& g = graded_cohort();
  auto json = nlohmann::json::parse(read_file(g.out() / "results.json"));
  std::map<std::string, std::string> skipped;
  for (const auto& s : json["skipped"]) skipped[s["path"]] = s["reason"];
  CHECK_THAT(skipped["bob/notes.txt"], Catch::Contains("not a problem of the set"));
  CHECK_THAT(skipped["carol/drafts"], Catch::Contains("nested folder"));
  CHECK_THAT(skipped["carol/top-k-window.rb"], Catch::Contains("unknown extension"));
  CHECK_THAT(skipped["README.txt"], Catch::Contains("not in a candidate's folder"));
  CHECK(json["totals"]["skipped"] == 4);
  CHECK_THAT(g.run.err, Catch::Contains("skipped bob/notes.txt"));
}

TEST_CASE("batch junit.xml is well-formed, one testcase per pair", "[batch]") {
  const Graded& g = graded_cohort();
  std::string xml = read_file(g.out() / "junit.xml");
  std::string why;
  INFO(why);
  CHECK(well_formed_xml(xml, why));
  CHECK(count_of(xml, "<testsuite ") == 3);
  CHECK(count_of(xml, "<testcase ") == 6);
  CHECK(count_of(xml, "<failure ") == 2);  // bob's WA and CE
  CHECK(count_of(xml, "<skipped ") == 1);  // carol's missing top-k-window
  CHECK_THAT(xml, Catch::Contains(R"(<testsuites name="Batch test" tests="6" failures="2" errors="0" skipped="1")"));
}

TEST_CASE("batch refuses a bad set with exit 2 naming the file", "[batch]") {
  TempDir dir;
  fs::create_directories(dir / "cohort/alice");
  auto missing = run_judge("batch " + q(dir / "nope.yaml") + " " + q(dir / "cohort"));
  CHECK(missing.status == 2);
  CHECK_THAT(missing.err, Catch::Contains("nope.yaml"));

  write_file(dir / "broken.yaml", "title: x\nproblems:\n  - id: minimum-passes\n    wieght: 2\n");
  auto broken = run_judge("batch " + q(dir / "broken.yaml") + " " + q(dir / "cohort"));
  CHECK(broken.status == 2);
  CHECK_THAT(broken.err, Catch::Contains("broken.yaml:4:"));
  CHECK_THAT(broken.err, Catch::Contains("wieght"));

  write_file(dir / "unknown.yaml", "problems:\n  - id: minimum-pases\n");
  auto unknown = run_judge("batch " + q(dir / "unknown.yaml") + " " + q(dir / "cohort"));
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown.yaml:2:"));
  CHECK_THAT(unknown.err, Catch::Contains("did you mean 'minimum-passes'"));

  write_file(dir / "ok.yaml", "problems: [minimum-passes]\n");
  auto no_folder = run_judge("batch " + q(dir / "ok.yaml") + " " + q(dir / "no-such-folder"));
  CHECK(no_folder.status == 2);
  CHECK_THAT(no_folder.err, Catch::Contains("no-such-folder"));
}

TEST_CASE("batch makes every problem's tests up front on a cold cache and only once", "[batch]") {
  TempDir dir;
  test_support::ScopedEnv cache("JUDGE_CACHE_DIR", (dir / "cache").c_str());
  fs::path cohort = dir / "cohort";
  copy_in(submission("minimum-passes", "accepted/reference.cpp"), cohort / "alice/minimum-passes.cpp");
  copy_in(submission("top-k-window", "accepted/reference.cpp"), cohort / "alice/top-k-window.cpp");
  // lru-cache is in the set, but no one submitted it: nothing is made or
  // measured for it.
  write_file(dir / "set.yaml", std::string(kSet) + "  - id: lru-cache\n    weight: 1\n");
  const std::string command = "batch " + q(dir / "set.yaml") + " " + q(cohort) + " --no-hints --workers 2 --out ";

  auto cold = run_judge(command + q(dir / "cold"));
  INFO("stderr: " << cold.err);
  REQUIRE(cold.status == 0);
  CHECK_THAT(cold.err,
             Catch::Contains("making the tests of minimum-passes, top-k-window on this machine (once), 2 at a time"));
  CHECK_THAT(cold.err, !Catch::Contains("lru-cache"));
  const std::string results = read_file(dir / "cold" / "results.csv");
  CHECK(count_of(results, ",AC,") == 2);

  // Made: the next batch goes straight to grading.
  auto warm = run_judge(command + q(dir / "warm"));
  INFO("stderr: " << warm.err);
  REQUIRE(warm.status == 0);
  CHECK_THAT(warm.err, !Catch::Contains("making the tests"));
}

TEST_CASE("batch skips duplicate, binary and empty files with the reason", "[batch]") {
  TempDir dir;
  write_file(dir / "dave/lru-cache.cpp", "class LRUCache {};");
  write_file(dir / "dave/lru-cache.py", "class LRUCache: pass");
  write_file(dir / "dave/minimum-passes.cpp", std::string("\x7f" "ELF\0\0\x01", 7));
  write_file(dir / "erin/minimum-passes.py", "");
  write_file(dir / "erin/.DS_Store", "hidden");
  write_file(dir / "set.yaml", "problems:\n  - lru-cache\n  - id: minimum-passes\n    weight: 0.5\n");
  auto set = judge::batch::load_problem_set(dir / "set.yaml");
  REQUIRE(set.problems.size() == 2);
  CHECK(set.title == "set");
  CHECK(set.problems[0].weight == 1);
  CHECK(set.problems[1].weight == 0.5);

  auto cohort = judge::batch::scan_cohort(dir.path(), set, [](const std::string& extension) {
    return extension == ".cpp" ? std::string("cpp") : extension == ".py" ? std::string("python") : std::string();
  });
  CHECK(cohort.candidates == std::vector<std::string>{"dave", "erin"});
  CHECK(cohort.submissions.empty());
  std::map<std::string, std::string> skipped;
  for (const auto& s : cohort.skipped) skipped[s.path.string()] = s.reason;
  CHECK(skipped.size() == 5);  // the set file, outside any candidate's folder, is one
  CHECK_THAT(skipped["dave/lru-cache.cpp"], Catch::Contains("two files for problem 'lru-cache'"));
  CHECK_THAT(skipped["dave/lru-cache.py"], Catch::Contains("two files"));
  CHECK_THAT(skipped["dave/minimum-passes.cpp"], Catch::Contains("binary"));
  CHECK_THAT(skipped["erin/minimum-passes.py"], Catch::Contains("empty"));
  CHECK_THAT(skipped["set.yaml"], Catch::Contains("not in a candidate's folder"));
}

TEST_CASE("batch progress bar shows counts and an ETA", "[batch]") {
  std::map<judge::Verdict, std::size_t> counts{{judge::Verdict::AC, 3}, {judge::Verdict::WA, 1}};
  std::string line = judge::report::Progress::bar_line(4, 8, counts, 20, 8);
  CHECK(line == "[####....] 4/8 AC 3 WA 1 ETA 0:20");
  CHECK(judge::report::Progress::bar_line(8, 8, counts, 75, 8) == "[########] 8/8 AC 3 WA 1 in 1:15");
}

namespace {
// A stream that counts the bar's redraws ('\r'), readable while another
// thread writes (Progress writes under its own lock).
class RedrawCounter : public std::streambuf {
 public:
  std::atomic<int> redraws{0};

 protected:
  int overflow(int c) override {
    if (c == '\r') ++redraws;
    return c;
  }
};
}  // namespace

TEST_CASE("batch progress bar shows the clock before the first result", "[batch]") {
  CHECK(judge::report::Progress::bar_line(0, 8, {}, 65, 8) == "[........] 0/8 1:05");
}

TEST_CASE("batch progress bar is redrawn on a tick while nothing finishes, and done() stops it", "[batch]") {
  RedrawCounter counter;
  std::ostream out(&counter);
  {
    judge::report::Progress progress(out, judge::report::Progress::Style::Bar, 4, std::chrono::milliseconds(10));
    int drawn = counter.redraws;  // the first draw
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (counter.redraws < drawn + 3 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    CHECK(counter.redraws >= drawn + 3);
    progress.finished("alice/minimum-passes.cpp", judge::Verdict::AC);
    progress.done();
    int after_done = counter.redraws;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(counter.redraws == after_done);  // the ticker is gone
    progress.done();                        // idempotent
  }
  // Lines and Quiet never tick.
  RedrawCounter quiet_counter;
  std::ostream quiet_out(&quiet_counter);
  {
    judge::report::Progress progress(quiet_out, judge::report::Progress::Style::Lines, 4,
                                     std::chrono::milliseconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  CHECK(quiet_counter.redraws == 0);
}

TEST_CASE("batch html draws the complexity plot and escapes names", "[batch]") {
  std::string html = judge::report::to_html(with_complexity_points());
  CHECK_THAT(html, Catch::Contains(R"(id="plot-dana-minimum-passes" class="plot complexity-plot")"));
  CHECK_THAT(html, Catch::Contains("Synthetic &lt;set&gt;"));
  CHECK(count_of(html, "<circle ") == 5);
  // Counted: the plot is of instructions, the reference's beside the submission's.
  CHECK_THAT(html, Catch::Contains(R"(aria-label="instructions executed against n")"));
  CHECK_THAT(html, Catch::Contains(R"(class="reference")"));
  CHECK_THAT(html, Catch::Contains("Orange: the reference solution's"));
  CHECK(html.find("http://") == std::string::npos);  // self-contained: nothing fetched
  CHECK(html.find("https://") == std::string::npos);
}

TEST_CASE("batch report.html renders in headless Chromium", "[batch][chromium]") {
  if (!fs::exists("/usr/bin/chromium")) {
    WARN("skipped: /usr/bin/chromium is not installed (Debian package `chromium`)");
    return;
  }
  const Graded& g = graded_cohort();
  REQUIRE(g.run.status == 0);
  TempDir scratch;
  std::string dom = dump_dom(fs::absolute(g.out() / "report.html"), scratch.path());
  INFO(dom.substr(0, 400));
  CHECK_THAT(dom, Catch::Contains(R"(data-rendered="ok")"));
  for (const char* candidate : {"alice", "bob", "carol"})
    CHECK_THAT(dom, Catch::Contains(std::string(R"(class="candidate-row" data-candidate=")") + candidate + "\""));
  CHECK_THAT(dom, Catch::Contains(R"(id="verdict-distribution")"));
  CHECK_THAT(dom, Catch::Contains(R"(id="legend")"));

  write_file(scratch / "synthetic.html", judge::report::to_html(with_complexity_points()));
  std::string synthetic = dump_dom(scratch / "synthetic.html", scratch.path());
  CHECK_THAT(synthetic, Catch::Contains(R"(data-rendered="ok")"));
  CHECK_THAT(synthetic, Catch::Contains(R"(class="plot complexity-plot")"));
}
