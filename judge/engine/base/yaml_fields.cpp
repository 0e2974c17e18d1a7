#include "yaml_fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <yaml-cpp/depthguard.h>

#include "errors.h"

namespace judge {

YamlDocument::YamlDocument(std::filesystem::path file) : file_(std::move(file)) {
  // A fifo would block the read and a folder reads as nothing: only a
  // regular file (or a link to one) is read.
  std::error_code ec;
  auto status = std::filesystem::status(file_, ec);
  if (ec && ec != std::errc::no_such_file_or_directory)
    throw InputError(fmt::format("{}: cannot read the file: {}", file_.string(), ec.message()));
  if (!std::filesystem::is_regular_file(status))
    throw InputError(fmt::format("{}: {}", file_.string(),
                                 std::filesystem::exists(status) ? "not a regular file" : "no such file"));
  std::ifstream in(file_);
  if (!in) throw InputError(fmt::format("{}: cannot read the file", file_.string()));
  try {
    root_ = YAML::Load(in);
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp 0.7 words this one "bad file".
    throw InputError(fmt::format("{}:{}: nesting too deep (more than {} levels of lists or mappings): flatten it",
                                 file_.string(), e.mark.line + 1, e.depth() - 1));
  } catch (const YAML::ParserException& e) {
    throw InputError(fmt::format("{}:{}:{}: malformed YAML: {}", file_.string(), e.mark.line + 1,
                                 e.mark.column + 1, e.msg));
  }
  if (!root_.IsMap())
    throw InputError(fmt::format("{}: expected a mapping of fields at the top level", file_.string()));
}

void YamlDocument::fail(const YAML::Node& at, const std::string& field,
                        const std::string& message) const {
  YAML::Mark mark = at.Mark();
  if (mark.is_null() || mark.line < 0)
    throw InputError(fmt::format("{}: field '{}': {}", file_.string(), field, message));
  throw InputError(fmt::format("{}:{}: field '{}': {}", file_.string(), mark.line + 1, field, message));
}

static std::string shown(const YAML::Node& node) {
  if (node.IsScalar()) return "'" + node.Scalar() + "'";
  if (node.IsSequence()) return "a list";
  if (node.IsMap()) return "a mapping";
  return "nothing";
}

std::string YamlDocument::string_of(const YAML::Node& node, const std::string& field) const {
  if (!node.IsScalar()) fail(node, field, "expected a string, got " + shown(node));
  return node.Scalar();
}

double YamlDocument::number_of(const YAML::Node& node, const std::string& field) const {
  if (node.IsScalar()) {
    try {
      double value = node.as<double>();
      if (std::isfinite(value)) return value;
    } catch (const YAML::Exception&) {
    }
  }
  fail(node, field, "expected a number, got " + shown(node));
}

std::uint64_t YamlDocument::count_of(const YAML::Node& node, const std::string& field) const {
  if (node.IsScalar()) {
    try {
      long long value = node.as<long long>();
      if (value >= 0) return static_cast<std::uint64_t>(value);
    } catch (const YAML::Exception&) {
    }
  }
  fail(node, field, "expected a whole number >= 0, got " + shown(node));
}

bool YamlDocument::bool_of(const YAML::Node& node, const std::string& field) const {
  if (node.IsScalar()) {
    try {
      return node.as<bool>();
    } catch (const YAML::Exception&) {
    }
  }
  fail(node, field, "expected true or false, got " + shown(node));
}

std::vector<std::string> YamlDocument::strings_of(const YAML::Node& node,
                                                  const std::string& field) const {
  if (!node.IsSequence()) fail(node, field, "expected a list, got " + shown(node));
  std::vector<std::string> out;
  for (std::size_t i = 0; i < node.size(); ++i)
    out.push_back(string_of(node[i], fmt::format("{}[{}]", field, i)));
  return out;
}

void YamlDocument::only_keys(const YAML::Node& map, const std::string& field,
                             const std::vector<std::string>& known) const {
  if (!map.IsMap()) fail(map, field, "expected a mapping, got " + shown(map));
  for (const auto& entry : map) {
    std::string key = entry.first.Scalar();
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      std::string where = field.empty() ? key : field + "." + key;
      fail(entry.first, where, "unknown field (known: " + list + ")");
    }
  }
}

}  // namespace judge
