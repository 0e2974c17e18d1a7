// The `calls` checker of class and function problems, with the interface
// it reads the calls by. The input is four parts split by lines "%%":
//
//   class LRUCache             or: function
//   LRUCache(int capacity)     (a class's constructor, optional)
//   int get(int key)           (one signature a line: a function has one)
//   unordered keys             (optional, names a method returning a list)
//   %%
//   the test input  %%  the program's output  %%  the answer
//
// Interfaces the loader would refuse (read_interface in problem_loader.cpp:
// a void function, a method declared twice, an unordered non-list) are not
// the checker's to meet, so the target skips them.
#include <string>
#include <string_view>
#include <vector>

#include "engine/check/checker.h"
#include "fuzz_target.h"

namespace {

using judge::CheckerSpec;
using judge::ValueType;

std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t at = text.find(separator, start);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(start, at - start));
    start = at + separator.size();
  }
  parts.push_back(text.substr(start));
  return parts;
}

// False for an interface problem.yaml could not declare.
bool read_interface(std::string_view text, CheckerSpec& spec) {
  std::vector<std::string_view> lines = split(text, "\n");
  if (lines.empty()) return false;
  judge::Interface& interface = spec.interface;
  std::string_view head = lines[0];
  if (head.substr(0, 6) == "class ") {
    spec.class_calls = true;
    interface.class_name = std::string(head.substr(6));
    interface.constructor.name = interface.class_name;
    interface.constructor.constructor = true;
    interface.constructor.result.kind = ValueType::Kind::Void;
  } else if (head != "function") {
    return false;
  }
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string line(lines[i]);
    if (line.empty()) continue;
    if (line.rfind("unordered ", 0) == 0) {
      const judge::Signature* method = interface.method(line.substr(10));
      if (!method || method->result.kind != ValueType::Kind::List) return false;
      interface.unordered.insert(method->name);
    } else if (spec.class_calls && line.rfind(interface.class_name + "(", 0) == 0) {
      interface.constructor = judge::parse_signature(line, interface.class_name);
    } else {
      judge::Signature method = judge::parse_signature(line);
      if (interface.method(method.name) || method.name == interface.class_name) return false;
      interface.methods.push_back(method);
    }
  }
  if (interface.methods.empty()) return false;
  if (!spec.class_calls && (interface.methods.size() != 1 || interface.methods[0].result.kind == ValueType::Kind::Void))
    return false;
  return true;
}

}  // namespace

JUDGE_FUZZ_TARGET(calls_checker) {
  std::vector<std::string_view> parts = split(std::string_view(reinterpret_cast<const char*>(data), size), "\n%%\n");
  if (parts.size() != 4) return 0;
  CheckerSpec spec;
  spec.kind = judge::CheckerKind::Calls;
  try {
    if (!read_interface(parts[0], spec)) return 0;
  } catch (const judge::InterfaceError&) {
    return 0;  // the loader's to report, as the package's error
  }
  judge::check_calls(spec, parts[1], parts[2], parts[3]);
  return 0;
}
