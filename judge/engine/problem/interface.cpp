#include "interface.h"

#include <fmt/format.h>

#include <cctype>

namespace judge {

namespace {

std::string trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

bool is_identifier(const std::string& name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

ValueType parse_type_allowing_void(const std::string& raw) {
  std::string text;
  for (char c : raw)
    if (!std::isspace(static_cast<unsigned char>(c))) text += c;
  static const std::pair<const char*, ValueType::Kind> kScalars[] = {
      {"int", ValueType::Kind::Int},       {"long", ValueType::Kind::Long},     {"double", ValueType::Kind::Double},
      {"bool", ValueType::Kind::Bool},     {"string", ValueType::Kind::String}, {"void", ValueType::Kind::Void}};
  for (const auto& [name, kind] : kScalars)
    if (text == name) return ValueType{kind, {}};
  if (text.rfind("list<", 0) == 0 && text.back() == '>') {
    ValueType element = parse_type_allowing_void(text.substr(5, text.size() - 6));
    if (element.kind == ValueType::Kind::Void) throw InterfaceError("list<void> is not a type");
    return ValueType{ValueType::Kind::List, {element}};
  }
  throw InterfaceError(fmt::format("unknown type '{}' (known: int, long, double, bool, string, list<T>, void)", trim(raw)));
}

}  // namespace

std::string ValueType::spelling() const {
  switch (kind) {
    case Kind::Int: return "int";
    case Kind::Long: return "long";
    case Kind::Double: return "double";
    case Kind::Bool: return "bool";
    case Kind::String: return "string";
    case Kind::List: return fmt::format("list<{}>", item().spelling());
    case Kind::Void: return "void";
  }
  return "?";
}

std::string Signature::spelling() const {
  std::string text = constructor ? "" : result.spelling() + " ";
  text += name + "(";
  for (std::size_t i = 0; i < params.size(); ++i)
    text += fmt::format("{}{} {}", i ? ", " : "", params[i].type.spelling(), params[i].name);
  return text + ")";
}

const Signature* Interface::method(const std::string& name) const {
  for (const auto& m : methods)
    if (m.name == name) return &m;
  return nullptr;
}

ValueType parse_type(const std::string& text) {
  ValueType type = parse_type_allowing_void(text);
  if (type.kind == ValueType::Kind::Void) throw InterfaceError("void is only allowed as a result type");
  return type;
}

Signature parse_signature(const std::string& text, const std::string& constructor_of) {
  std::size_t open = text.find('('), close = text.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open || !trim(text.substr(close + 1)).empty())
    throw InterfaceError(fmt::format("'{}' is not a signature like \"int get(int key)\"", text));
  Signature sig;
  std::string head = trim(text.substr(0, open));
  if (!constructor_of.empty()) {
    sig.result = ValueType{ValueType::Kind::Void, {}};
    sig.constructor = true;
    sig.name = head;
    if (sig.name != constructor_of)
      throw InterfaceError(fmt::format("the constructor must be named after the class: \"{}(...)\"", constructor_of));
  } else {
    // The name is the last identifier; everything before it is the type,
    // which may itself contain spaces ("list< int >").
    std::size_t split = head.find_last_of(" \t>");
    if (split == std::string::npos)
      throw InterfaceError(fmt::format("'{}' has no result type: write e.g. \"int {}(...)\" or \"void ...\"", text, head));
    sig.result = parse_type_allowing_void(head.substr(0, split + 1));
    sig.name = trim(head.substr(split + 1));
  }
  if (!is_identifier(sig.name)) throw InterfaceError(fmt::format("'{}' is not a valid name", sig.name));
  std::string params = trim(text.substr(open + 1, close - open - 1));
  // Commas inside list<...> never occur (list takes one type), so a plain
  // split is enough.
  std::size_t start = 0;
  while (!params.empty() && start <= params.size()) {
    std::size_t comma = params.find(',', start);
    if (comma == std::string::npos) comma = params.size();
    std::string param = trim(params.substr(start, comma - start));
    std::size_t split = param.find_last_of(" \t>");
    if (split == std::string::npos || !is_identifier(trim(param.substr(split + 1))))
      throw InterfaceError(fmt::format("parameter '{}' needs a type and a name, e.g. \"int key\"", param));
    Parameter p{parse_type(param.substr(0, split + 1)), trim(param.substr(split + 1))};
    for (const auto& other : sig.params)
      if (other.name == p.name) throw InterfaceError(fmt::format("parameter '{}' appears twice", p.name));
    sig.params.push_back(p);
    start = comma + 1;
  }
  return sig;
}

}  // namespace judge
