// The `kind` and `interface` of class and function problems: parsing
// signatures, and the loader's errors with file, line and field.
#include <catch2/catch.hpp>

#include "engine/base/errors.h"
#include "engine/problem/problem.h"
#include "support/temp_dir.h"

using namespace judge;
using test_support::TempDir;
using test_support::write_file;

namespace {

std::filesystem::path make_package(const TempDir& dir, const std::string& yaml) {
  auto root = dir / "demo";
  write_file(root / "problem.yaml", "id: demo\nlimits: {time: 1}\nreference: ref.cpp\n" + yaml);
  write_file(root / "ref.cpp", "class LRU {};");
  write_file(root / "drivers/driver.cpp", "int main() {}");
  write_file(root / "data/sample/1.in", "LRU 0\n");
  write_file(root / "data/sample/1.ans", "");
  return root;
}

std::string load_error(const std::string& yaml) {
  TempDir dir;
  try {
    load_problem(make_package(dir, yaml));
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

const char* kClass =
    "kind: class\n"
    "interface:\n"
    "  class: LRU\n"
    "  constructor: \"LRU(int capacity)\"\n"
    "  methods: [\"int get(int key)\", \"void put(int key, int value)\", \"list<list<string>> all()\"]\n"
    "  unordered: [all]\n";

}  // namespace

TEST_CASE("signatures parse into types and named parameters", "[driver][interface]") {
  Signature sig = parse_signature("list< list<long> > pairs(list<int> nums, string s, bool b, double d)");
  CHECK(sig.name == "pairs");
  CHECK(sig.result.spelling() == "list<list<long>>");
  REQUIRE(sig.params.size() == 4);
  CHECK(sig.params[0].name == "nums");
  CHECK(sig.params[0].type.kind == ValueType::Kind::List);
  CHECK(sig.params[0].type.item().kind == ValueType::Kind::Int);
  CHECK(sig.spelling() == "list<list<long>> pairs(list<int> nums, string s, bool b, double d)");
  CHECK(parse_signature("void reset()").params.empty());
  CHECK(parse_signature("LRU(int capacity)", "LRU").spelling() == "LRU(int capacity)");

  CHECK_THROWS_WITH(parse_signature("int get(int)"), "parameter 'int' needs a type and a name, e.g. \"int key\"");
  CHECK_THROWS_WITH(parse_signature("int get(void x)"), "void is only allowed as a result type");
  CHECK_THROWS_WITH(parse_signature("map<int> get()"),
                    "unknown type 'map<int>' (known: int, long, double, bool, string, list<T>, void)");
  CHECK_THROWS_WITH(parse_signature("get(int key)"),
                    "'get(int key)' has no result type: write e.g. \"int get(...)\" or \"void ...\"");
  CHECK_THROWS_WITH(parse_signature("int f(int a, int a)"), "parameter 'a' appears twice");
  CHECK_THROWS_WITH(parse_signature("Cache(int c)", "LRU"), "the constructor must be named after the class: \"LRU(...)\"");
}

TEST_CASE("a class problem loads its interface and the calls checker", "[driver][interface]") {
  TempDir dir;
  Problem p = load_problem(make_package(dir, std::string(kClass) + "drivers: {cpp: drivers/driver.cpp}\n"));
  CHECK(p.kind == ProblemKind::Class);
  CHECK(p.checker.kind == CheckerKind::Calls);
  CHECK(p.checker.class_calls);
  CHECK(p.interface.class_name == "LRU");
  CHECK(p.interface.constructor.spelling() == "LRU(int capacity)");
  REQUIRE(p.interface.methods.size() == 3);
  CHECK(p.interface.methods[1].spelling() == "void put(int key, int value)");
  CHECK(p.interface.unordered == std::set<std::string>{"all"});
  CHECK(p.drivers.at("cpp").filename() == "driver.cpp");
}

TEST_CASE("interface mistakes name the file, the line and the field", "[driver][interface]") {
  CHECK_THAT(load_error(std::string(kClass) + "checker: tokens\n"),
             Catch::Contains("problem.yaml:10: field 'checker': class and function problems are checked call by call"));
  CHECK(load_error(std::string(kClass) + "checker: calls\n") == "(no error)");
  CHECK_THAT(load_error("kind: class\n"), Catch::Contains("field 'interface': missing"));
  CHECK_THAT(load_error("kind: widget\n"), Catch::Contains("problem.yaml:4: field 'kind': unknown kind 'widget' (known: stdio, class, function)"));
  CHECK_THAT(load_error("kind: class\ninterface:\n  class: LRU\n  methods: [\"int get(int)\"]\n"),
             Catch::Contains("problem.yaml:7: field 'interface.methods[0]': parameter 'int' needs a type and a name"));
  CHECK_THAT(load_error("kind: class\ninterface:\n  class: LRU\n  methods: [\"int get(int k)\", \"int get(long k)\"]\n"),
             Catch::Contains("field 'interface.methods[1]': 'get' is declared twice"));
  CHECK_THAT(load_error("kind: class\ninterface:\n  class: LRU\n  methods: [\"int get(int k)\"]\n  unordered: [get]\n"),
             Catch::Contains("field 'interface.unordered': 'get' does not return a list"));
  CHECK_THAT(load_error("kind: function\ninterface:\n  function: \"void f(int a)\"\n"),
             Catch::Contains("field 'interface.function': a function must return a value"));
  CHECK_THAT(load_error("interface: {function: \"int f(int a)\"}\n"),
             Catch::Contains("field 'interface': only class and function problems have one"));
  CHECK_THAT(load_error(std::string(kClass) + "drivers: {cpp: drivers/missing.cpp}\n"),
             Catch::Contains("field 'drivers.cpp': no file at"));
}
