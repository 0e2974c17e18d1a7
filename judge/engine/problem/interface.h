// The declared interface of a class- or function-style problem: the value
// types, the signatures ("int get(int key)") and their parsing. Drivers are
// generated from it and the `calls` checker reads tests with it.
#pragma once

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace judge {

enum class ProblemKind { Stdio, Class, Function };

struct ValueType {
  enum class Kind { Int, Long, Double, Bool, String, List, Void };
  Kind kind = Kind::Int;
  std::vector<ValueType> element;  // one entry for List (a vector, so the type can nest)

  const ValueType& item() const { return element.front(); }
  // As written in problem.yaml: "list<list<int>>".
  std::string spelling() const;
};

struct Parameter {
  ValueType type;
  std::string name;
};

struct Signature {
  ValueType result;  // Void for constructors
  std::string name;
  std::vector<Parameter> params;
  bool constructor = false;

  std::string spelling() const;  // "int get(int key)"
};

struct Interface {
  std::string class_name;         // Class only
  Signature constructor;          // Class only; no parameters when not declared
  std::vector<Signature> methods; // Function: exactly one, the function
  std::set<std::string> unordered;  // methods whose list result is a multiset

  const Signature* method(const std::string& name) const;
};

// Thrown by the parsers with what is wrong, without a location: the loader
// adds the file, line and field.
struct InterfaceError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

ValueType parse_type(const std::string& text);
// "int get(int key)"; with `constructor_of` set, "LRUCache(int capacity)"
// without a result type, whose name must be the class's.
Signature parse_signature(const std::string& text, const std::string& constructor_of = "");

}  // namespace judge
