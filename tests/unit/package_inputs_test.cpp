// Issue 17: whatever a package holds, loading it ends in a package or an
// InputError naming the file (exit 2), never a filesystem exception (exit 3)
// nor a test silently dropped or read from outside the package.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "batch/problem_set.h"
#include "engine/base/errors.h"
#include "engine/problem/problem.h"
#include "support/temp_dir.h"

using namespace judge;
namespace fs = std::filesystem;
using test_support::TempDir;
using test_support::write_file;

namespace {

const std::string kBase = R"(id: demo
limits: {time: 1}
reference: submissions/accepted/ref.cpp
)";

fs::path make_package(const TempDir& dir, const std::string& yaml) {
  fs::path root = dir / "demo";
  write_file(root / "problem.yaml", yaml);
  write_file(root / "submissions/accepted/ref.cpp", "int main(){}");
  write_file(root / "generators/gen.cpp", "int main(){}");
  write_file(root / "data/sample/1.in", "1\n");
  write_file(root / "data/sample/1.ans", "1\n");
  return root;
}

// The InputError's message; fails the test on success or on any other
// exception (a filesystem_error here is what the issue found).
std::string input_error(const fs::path& root) {
  try {
    load_problem(root);
  } catch (const InputError& e) {
    return e.what();
  } catch (const std::exception& e) {
    FAIL("not an InputError: " << e.what());
  }
  FAIL("the package loaded");
  return "";
}

}  // namespace

TEST_CASE("a symlink loop in a package is an input error naming it", "[problem][inputs]") {
  TempDir dir;
  fs::path root = make_package(dir, kBase);
  fs::create_directories(root / "data/secret");
  fs::create_symlink("loop", root / "data/secret/loop");
  CHECK_THAT(input_error(root), Catch::Contains("data/secret/loop"));
}

TEST_CASE("a symlink loop as the reference is an input error naming the field", "[problem][inputs]") {
  TempDir dir;
  fs::path root = make_package(dir, kBase);
  fs::remove(root / "submissions/accepted/ref.cpp");
  fs::create_symlink("ref.cpp", root / "submissions/accepted/ref.cpp");
  CHECK_THAT(input_error(root), Catch::Contains("reference") && Catch::Contains("ref.cpp"));
}

TEST_CASE("a group name longer than a file name may be is refused by name", "[problem][inputs]") {
  TempDir dir;
  fs::path root = make_package(dir, kBase + "groups: [" + std::string(70000, 'g') + "]\n");
  std::string e = input_error(root);
  CHECK_THAT(e, Catch::Contains("groups[0]") && Catch::Contains("plain name"));
  CHECK(e.size() < 400);
}

TEST_CASE("a group named ../x does not read tests outside data/", "[problem][inputs]") {
  TempDir dir;
  fs::path root = make_package(dir, kBase + "groups: [../x]\n");
  write_file(root / "data/x/stolen.in", "1\n");
  write_file(root / "data/x/stolen.ans", "1\n");
  CHECK_THAT(input_error(root), Catch::Contains("groups[0]") && Catch::Contains("'../x'"));
}

TEST_CASE("a group folder that links outside the package is refused", "[problem][inputs]") {
  TempDir dir, outside;
  fs::path root = make_package(dir, kBase);
  write_file(outside / "t.in", "1\n");
  write_file(outside / "t.ans", "1\n");
  fs::create_directories(root / "data/secret");
  fs::create_directory_symlink(outside.path(), root / "data/secret/elsewhere");
  CHECK_THAT(input_error(root), Catch::Contains("elsewhere") && Catch::Contains("outside the package"));
}

TEST_CASE("the reference must be a file inside the package", "[problem][inputs]") {
  TempDir dir, outside;
  std::string without = "id: demo\nlimits: {time: 1}\n";
  CHECK_THAT(input_error(make_package(dir, without + "reference: /proc/self/mem\n")),
             Catch::Contains("field 'reference'") && Catch::Contains("inside the package"));
  CHECK_THAT(input_error(make_package(dir, without + "reference: ../demo/submissions/accepted/ref.cpp\n")),
             Catch::Contains("field 'reference'") && Catch::Contains("without '..'"));
  write_file(outside / "secret.cpp", "int main(){}");
  fs::path root = make_package(dir, without + "reference: link.cpp\n");
  fs::create_symlink(outside / "secret.cpp", root / "link.cpp");
  CHECK_THAT(input_error(root), Catch::Contains("link.cpp") && Catch::Contains("outside the package"));
  fs::remove(root / "link.cpp");
  fs::create_directory(root / "link.cpp");
  CHECK_THAT(input_error(root), Catch::Contains("not a regular file"));
}

TEST_CASE("generator and checker names cannot leave their folders", "[problem][inputs]") {
  TempDir dir, outside;
  CHECK_THAT(input_error(make_package(dir, kBase + "groups: [g]\ngenerated:\n  - {name: x, group: g, generator: ../../evil, seed: 1}\n")),
             Catch::Contains("generated[0].generator") && Catch::Contains("plain name"));
  CHECK_THAT(input_error(make_package(dir, kBase + "checker: {type: custom, source: /etc/passwd}\n")),
             Catch::Contains("checker.source") && Catch::Contains("inside the package"));
}

TEST_CASE("generator arguments too long for the system are refused at load", "[problem][inputs]") {
  TempDir dir;
  std::string huge(200000, 'a');
  CHECK_THAT(input_error(make_package(dir, kBase + "groups: [g]\ngenerated:\n  - {name: x, group: g, generator: gen, "
                                                  "args: [" + huge + "], seed: 1}\n")),
             Catch::Contains("generated[0].args[0]") && Catch::Contains("at most"));
  std::string many;
  for (int i = 0; i < 40; ++i) many += (i ? ", " : "") + std::string(4000, 'b');
  CHECK_THAT(input_error(make_package(dir, kBase + "groups: [g]\ngenerated:\n  - {name: x, group: g, generator: gen, "
                                                  "args: [" + many + "], seed: 1}\n")),
             Catch::Contains("generated[0].args") && Catch::Contains("in all"));
}

TEST_CASE("a test input that is a fifo, a device or a folder is an error naming it", "[problem][inputs]") {
  TempDir dir;
  fs::path root = make_package(dir, kBase);
  fs::path fifo = root / "data/sample/2.in";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  write_file(root / "data/sample/2.ans", "1\n");
  CHECK_THAT(input_error(root), Catch::Contains("2.in") && Catch::Contains("a fifo"));
  fs::remove(fifo);
  fs::create_symlink("/dev/null", fifo);
  CHECK_THAT(input_error(root), Catch::Contains("2.in") && Catch::Contains("a device"));
  fs::remove(fifo);
  fs::create_directory(fifo);
  CHECK_THAT(input_error(root), Catch::Contains("2.in") && Catch::Contains("a folder"));
}

TEST_CASE("an answer without its input is an error naming it", "[problem][inputs]") {
  TempDir dir;
  fs::path root = make_package(dir, kBase);
  write_file(root / "data/sample/orphan.ans", "1\n");
  CHECK_THAT(input_error(root), Catch::Contains("orphan.ans") && Catch::Contains("orphan.in"));
}

TEST_CASE("YAML nested too deep names the file and says so", "[problem][inputs]") {
  TempDir dir;
  fs::path root = make_package(dir, kBase + "title: " + std::string(5000, '[') + std::string(5000, ']') + "\n");
  std::string e = input_error(root);
  CHECK_THAT(e, Catch::Contains("problem.yaml") && Catch::Contains("nesting too deep"));
  CHECK_THAT(e, !Catch::Contains("bad file"));
}

TEST_CASE("a package folder given through a symlink loop is an input error", "[problem][inputs]") {
  TempDir dir;
  fs::create_symlink("loop", dir / "loop");
  try {
    load_problem(dir / "loop");
    FAIL("it loaded");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("loop"));
  }
}

TEST_CASE("a problem set that is a symlink loop is an input error naming it", "[problem][inputs]") {
  TempDir dir;
  fs::create_symlink("set.yaml", dir / "set.yaml");
  try {
    batch::load_problem_set(dir / "set.yaml");
    FAIL("it loaded");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("set.yaml") && Catch::Contains("symbolic links"));
  } catch (const std::exception& e) {
    FAIL("not an InputError: " << e.what());
  }
}
