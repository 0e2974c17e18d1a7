// Reading YAML with errors a person can act on: every complaint names the
// file, the line and the dotted field, and says what was expected.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace judge {

class YamlDocument {
 public:
  // Throws InputError naming the file (and line, for syntax errors).
  explicit YamlDocument(std::filesystem::path file);

  const YAML::Node& root() const { return root_; }
  const std::filesystem::path& file() const { return file_; }

  [[noreturn]] void fail(const YAML::Node& at, const std::string& field,
                         const std::string& message) const;

  // Typed accessors: `field` is the dotted name used in messages.
  std::string string_of(const YAML::Node& node, const std::string& field) const;
  double number_of(const YAML::Node& node, const std::string& field) const;
  std::uint64_t count_of(const YAML::Node& node, const std::string& field) const;
  bool bool_of(const YAML::Node& node, const std::string& field) const;
  std::vector<std::string> strings_of(const YAML::Node& node, const std::string& field) const;

  // Rejects keys not in `known`, so a typo ("limts") is an error rather than
  // a silently ignored setting.
  void only_keys(const YAML::Node& map, const std::string& field,
                 const std::vector<std::string>& known) const;

 private:
  std::filesystem::path file_;
  YAML::Node root_;
};

}  // namespace judge
