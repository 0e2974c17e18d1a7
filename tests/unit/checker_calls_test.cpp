// The `calls` checker on strings: how calls are named, how values compare,
// and what a missing, extra or garbled output line says.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "engine/check/checker.h"

using namespace judge;

namespace {

CheckerSpec lru_spec() {
  CheckerSpec spec;
  spec.kind = CheckerKind::Calls;
  spec.class_calls = true;
  spec.interface.class_name = "LRUCache";
  spec.interface.constructor = parse_signature("LRUCache(int capacity)", "LRUCache");
  for (const char* method : {"int get(int key)", "void put(int key, int value)", "list<int> keys()",
                             "list<int> orderedKeys()", "double ratio(string name)", "string name(list<string> parts)",
                             "bool has(long key)"})
    spec.interface.methods.push_back(parse_signature(method));
  spec.interface.unordered = {"keys"};
  return spec;
}

const char* kInput =
    "LRUCache 2\n"
    "5\n"
    "put 1 1\n"
    "get 1\n"
    "keys\n"
    "ratio \"a%20b\n"
    "get 3\n";
const char* kAnswer = "null\n1\n2 1 2\n0.5\n7\n";

CheckResult run(const std::string& output, const char* input = kInput, const char* answer = kAnswer) {
  return check_calls(lru_spec(), input, output, answer);
}

}  // namespace

TEST_CASE("calls: equal outputs are accepted, numbers by value", "[calls]") {
  CHECK(run(kAnswer).status == CheckResult::Status::Accepted);
  // Spacing and a missing final newline do not matter; doubles have a tolerance.
  CHECK(run("null\n1\n2  2 1\n0.5000001\n7").status == CheckResult::Status::Accepted);
  CHECK(run("null\n1\n2 1 2\n5e-1\n7\n\n").status == CheckResult::Status::Accepted);
}

TEST_CASE("calls: the first wrong call is named with its arguments", "[calls]") {
  CheckResult r = run("null\n1\n2 1 2\n0.5\n-1\n");
  CHECK(r.status == CheckResult::Status::WrongAnswer);
  CHECK(r.message == "call 5 of 5: get(3) returned -1, expected 7");
  REQUIRE(r.earlier_calls.size() == 4);
  CHECK(r.earlier_calls[0] == "call 1: put(1, 1)");
  CHECK(r.earlier_calls[2] == "call 3: keys() returned [1, 2]");
  CHECK(r.earlier_calls[3] == "call 4: ratio(\"a b\") returned 0.5");
  CHECK(run("null\n1\n2 1 2\n0.6\n7\n").message == "call 4 of 5: ratio(\"a b\") returned 0.6, expected 0.5");
}

TEST_CASE("calls: unordered lists compare as multisets", "[calls]") {
  CHECK(run("null\n1\n2 2 1\n0.5\n7\n").status == CheckResult::Status::Accepted);
  CHECK(run("null\n1\n2 1 1\n0.5\n7\n").message == "call 3 of 5: keys() returned [1, 1], expected [1, 2]");
  CHECK(run("null\n1\n3 1 2 2\n0.5\n7\n").message == "call 3 of 5: keys() returned [1, 2, 2], expected [1, 2]");
  // orderedKeys is not in `unordered`.
  CHECK(run("2 2 1\n", "LRUCache 1 1 orderedKeys", "2 1 2\n").message ==
        "call 1 of 1: orderedKeys() returned [2, 1], expected [1, 2]");
}

TEST_CASE("calls: missing, extra and garbled output", "[calls]") {
  CHECK(run("null\n1\n").message == "call 3 of 5: keys(): no output (the program stopped after 2 calls)");
  CHECK(run("").message == "call 1 of 5: put(1, 1): no output (the program stopped after 0 calls)");
  CHECK(run(std::string(kAnswer) + "8\n").message == "extra output after the last call (5 of 5): '8'");
  CHECK(run("null\nxyz\n").message == "call 2 of 5: get(1) printed 'xyz', which is not a valid int; expected 1");
  CHECK(run("null\n1 2\n").message == "call 2 of 5: get(1) printed '1 2', which is not a valid int; expected 1");
  CHECK(run("null\n1\n5 1 2\n").message ==
        "call 3 of 5: keys() printed '5 1 2', which is not a valid list<int>; expected [1, 2]");
  CHECK(run("7\n").message == "call 1 of 5: put(1, 1) printed '7', which is not a valid void; expected null");
  CHECK(run("null\n99999999999\n").status == CheckResult::Status::WrongAnswer);  // out of int range
}

TEST_CASE("calls: strings and lists are shown readably, long ones cut", "[calls]") {
  CHECK(run("\"a%20b\n", "LRUCache 1 1 name 2 \"a \"b", "\"ab\n").message ==
        "call 1 of 1: name([\"a\", \"b\"]) returned \"a b\", expected \"ab\"");
  CHECK(run("\"\n", "LRUCache 1 1 name 0", "\"%22%0A\n").message ==
        "call 1 of 1: name([]) returned \"\", expected \"\\\"\\n\"");
  CHECK(run("false\n", "LRUCache 1 1 has -5", "true\n").message == "call 1 of 1: has(-5) returned false, expected true");
  std::string many = "12";
  for (int i = 0; i < 12; ++i) many += fmt::format(" {}", i);
  CHECK(run(many + "\n", "LRUCache 1 1 orderedKeys", "0\n").message ==
        "call 1 of 1: orderedKeys() returned [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... (12 items)], expected []");
}

TEST_CASE("calls: a test input that does not match the interface is the judge's fault", "[calls]") {
  CHECK(run(kAnswer, "Other 2 5").status == CheckResult::Status::CheckerFailed);
  CHECK(run(kAnswer, "LRUCache 2 1 remove 3").status == CheckResult::Status::CheckerFailed);
  CHECK(run("null\n", "LRUCache 2 1 put 1 1", "null\n1\n").status == CheckResult::Status::CheckerFailed);
}
