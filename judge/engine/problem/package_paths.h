// The package's own names and files, as problem.yaml gives them: what the
// loader (problem_loader.cpp) and the test list (test_list.cpp) check
// before they trust a name with a path. Internal to problem/.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>
#include <vector>

#include "engine/base/yaml_fields.h"
#include "problem.h"

namespace judge {

inline constexpr const char* kSampleGroup = "sample";

// Names that become path components (groups, generators) must be plain:
// short, and nothing that could climb out of the folder they name a file in.
void require_plain_name(const YamlDocument& doc, const YAML::Node& node, const std::string& field,
                        const std::string& name);

// A file the package names in problem.yaml (the reference, a checker, a
// driver): a relative path that stays inside the package once links are
// followed, and a regular file, never /proc/self/mem or a fifo.
std::filesystem::path package_file(const YamlDocument& doc, const YAML::Node& node, const std::string& field,
                                   const std::filesystem::path& root, const std::string& relative);

// Static tests: every NAME.in with a NAME.ans beside it. Anything else
// named .in or .ans is an error naming it rather than a test silently lost.
std::vector<TestSpec> static_tests_in(const std::filesystem::path& root, const std::filesystem::path& dir,
                                      const std::string& group, bool sample);

}  // namespace judge
