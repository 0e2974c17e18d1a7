#include <catch2/catch.hpp>

#include "engine/base/errors.h"
#include "engine/problem/problem.h"
#include "support/temp_dir.h"

using namespace judge;
using test_support::TempDir;
using test_support::write_file;

namespace {

const char* kGoodYaml = R"(id: demo
title: A demo
limits:
  time: 2.5
  memory: 128
time_factors:
  python: 4
checker: {type: float, absolute: 1e-4, relative: 1e-5}
reference: submissions/accepted/ref.cpp
groups:
  - name: edge
  - large
generated:
  - name: big
    group: large
    generator: gen
    args: [100, "x"]
    seed: 9
)";

// A package folder named `demo` with the given problem.yaml.
std::filesystem::path make_package(const TempDir& dir, const std::string& yaml) {
  auto root = dir / "demo";
  write_file(root / "problem.yaml", yaml);
  write_file(root / "submissions/accepted/ref.cpp", "int main(){}");
  write_file(root / "generators/gen.cpp", "int main(){}");
  write_file(root / "data/sample/1.in", "1\n");
  write_file(root / "data/sample/1.ans", "1\n");
  write_file(root / "data/secret/edge/a.in", "2\n");
  write_file(root / "data/secret/edge/a.ans", "2\n");
  write_file(root / "data/secret/zeta/z.in", "3\n");
  write_file(root / "data/secret/zeta/z.ans", "3\n");
  return root;
}

std::string load_error(const TempDir& dir, const std::string& yaml) {
  auto root = make_package(dir, yaml);
  try {
    load_problem(root);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("a well-formed package loads with every field", "[problem]") {
  TempDir dir;
  Problem p = load_problem(make_package(dir, kGoodYaml));
  CHECK(p.id == "demo");
  CHECK(p.title == "A demo");
  CHECK(p.limits.time_s == 2.5);
  CHECK(p.limits.memory_mib == 128);
  CHECK(p.limits.output_mib == 64);
  CHECK(p.time_factors.at("python") == 4);
  CHECK(p.checker.kind == CheckerKind::Float);
  CHECK(p.checker.absolute == 1e-4);
  CHECK(p.checker.relative == 1e-5);
  CHECK(p.reference.filename() == "ref.cpp");
}

TEST_CASE("tests come samples first, then groups in the listed order", "[problem]") {
  TempDir dir;
  Problem p = load_problem(make_package(dir, kGoodYaml));
  std::vector<std::string> ids;
  for (const auto& t : p.tests) ids.push_back(t.id());
  // zeta is only on disk, so it comes after the listed groups.
  CHECK(ids == std::vector<std::string>{"sample/1", "edge/a", "large/big", "zeta/z"});
  CHECK(p.tests[0].sample);
  CHECK_FALSE(p.tests[1].sample);
  REQUIRE(p.tests[2].generated);
  CHECK(p.tests[2].generated->generator == "gen");
  CHECK(p.tests[2].generated->args == std::vector<std::string>{"100", "x"});
  CHECK(p.tests[2].generated->seed == 9);
}

TEST_CASE("malformed YAML names the file and line", "[problem]") {
  TempDir dir;
  std::string e = load_error(dir, "id: demo\nlimits: {time: 1\n");
  CHECK_THAT(e, Catch::Contains("problem.yaml:") && Catch::Contains("malformed YAML"));
}

TEST_CASE("a wrong field names the file, line and field", "[problem]") {
  TempDir dir;
  std::string e = load_error(dir, "id: demo\nreference: submissions/accepted/ref.cpp\nlimits:\n  time: fast\n");
  CHECK_THAT(e, Catch::Contains("problem.yaml:4") && Catch::Contains("limits.time") && Catch::Contains("'fast'"));
}

TEST_CASE("each broken package gets its own message", "[problem]") {
  TempDir dir;
  const std::string base = "id: demo\nreference: submissions/accepted/ref.cpp\n";
  CHECK_THAT(load_error(dir, base), Catch::Contains("'limits'") && Catch::Contains("missing"));
  CHECK_THAT(load_error(dir, "id: other\nreference: submissions/accepted/ref.cpp\nlimits: {time: 1}\n"),
             Catch::Contains("differs from the folder name"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1}\nlimts: 3\n"),
             Catch::Contains("'limts'") && Catch::Contains("unknown field"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1}\nchecker: fuzzy\n"), Catch::Contains("unknown checker 'fuzzy'"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1}\nchecker: {type: custom, source: nope.cpp}\n"),
             Catch::Contains("checker.source") && Catch::Contains("nope.cpp"));
  CHECK_THAT(load_error(dir, "id: demo\nreference: missing.cpp\nlimits: {time: 1}\n"),
             Catch::Contains("reference") && Catch::Contains("missing.cpp"));
  CHECK_THAT(load_error(dir, base + "limits: {time: -1}\n"), Catch::Contains("limits.time"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1, memory: 1}\n"), Catch::Contains("limits.memory"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1}\ngenerated:\n  - {name: x, group: nowhere, generator: gen, seed: 1}\n"),
             Catch::Contains("generated[0].group") && Catch::Contains("not listed"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1}\ngroups: [g]\ngenerated:\n  - {name: x, group: g, generator: nogen, seed: 1}\n"),
             Catch::Contains("generated[0].generator") && Catch::Contains("nogen.cpp"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1}\ngroups: [g]\ngenerated:\n  - {name: x, group: g, generator: gen}\n"),
             Catch::Contains("generated[0].seed") && Catch::Contains("missing"));
  CHECK_THAT(load_error(dir, base + "limits: {time: 1}\ngroups: [g, g]\n"), Catch::Contains("listed twice"));
  CHECK_THAT(load_error(dir, "- just\n- a list\n"), Catch::Contains("mapping"));
}

TEST_CASE("a static input without its answer is an error", "[problem]") {
  TempDir dir;
  auto root = make_package(dir, kGoodYaml);
  write_file(root / "data/secret/edge/lonely.in", "5\n");
  try {
    load_problem(root);
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("lonely.in") && Catch::Contains("lonely.ans"));
  }
}

TEST_CASE("a folder without problem.yaml is not a package", "[problem]") {
  TempDir dir;
  CHECK_THROWS_AS(load_problem(dir.path()), InputError);
}

TEST_CASE("a complexity section loads, and its mistakes are named", "[problem][complexity]") {
  TempDir dir;
  const std::string base = "id: demo\nreference: submissions/accepted/ref.cpp\nlimits: {time: 1}\n";
  Problem p = load_problem(make_package(
      dir, base + "complexity: {parameter: \"n, the length\", expected: O(n log n), generator: gen, sizes: [1000, 64000]}\n"));
  REQUIRE(p.complexity);
  CHECK(p.complexity->expected == "O(n log n)");
  CHECK(p.complexity->generator == "gen");
  CHECK(p.complexity->min_size == 1000);
  CHECK(p.complexity->max_size == 64000);
  CHECK_THAT(load_error(dir, base + "complexity: {parameter: n, expected: O(n*n), generator: gen, sizes: [1000, 64000]}\n"),
             Catch::Contains("complexity.expected") && Catch::Contains("O(n^2)"));
  CHECK_THAT(load_error(dir, base + "complexity: {parameter: n, expected: O(n), generator: nogen, sizes: [1000, 64000]}\n"),
             Catch::Contains("complexity.generator") && Catch::Contains("nogen.cpp"));
  CHECK_THAT(load_error(dir, base + "complexity: {parameter: n, expected: O(n), generator: gen, sizes: [1000, 2000]}\n"),
             Catch::Contains("complexity.sizes") && Catch::Contains("8 times"));
  CHECK_THAT(load_error(dir, base + "complexity: {parameter: n, expected: O(n), generator: gen}\n"),
             Catch::Contains("complexity.sizes") && Catch::Contains("missing"));
}
