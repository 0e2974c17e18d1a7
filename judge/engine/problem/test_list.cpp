#include "test_list.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "engine/base/errors.h"
#include "engine/base/trusted_limits.h"
#include "package_paths.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// Group order: as listed, then any other folder under data/secret by name.
std::vector<std::string> group_order(const YamlDocument& doc, const YAML::Node& root, const fs::path& secret) {
  std::vector<std::string> groups;
  if (root["groups"]) {
    const YAML::Node& list = root["groups"];
    if (!list.IsSequence()) doc.fail(list, "groups", "expected a list of {name: GROUP}");
    for (std::size_t i = 0; i < list.size(); ++i) {
      std::string field = fmt::format("groups[{}]", i);
      std::string name;
      if (list[i].IsScalar()) {
        name = list[i].Scalar();
      } else {
        doc.only_keys(list[i], field, {"name", "description"});
        if (!list[i]["name"]) doc.fail(list[i], field + ".name", "missing");
        name = doc.string_of(list[i]["name"], field + ".name");
      }
      require_plain_name(doc, list[i], field, name);
      if (name == kSampleGroup) doc.fail(list[i], field, "'sample' is always graded first; do not list it");
      if (std::find(groups.begin(), groups.end(), name) != groups.end())
        doc.fail(list[i], field, fmt::format("group '{}' is listed twice", name));
      groups.push_back(name);
    }
  }
  if (fs::is_directory(secret)) {
    std::vector<std::string> on_disk;
    for (const auto& entry : fs::directory_iterator(secret))
      if (entry.is_directory()) on_disk.push_back(entry.path().filename().string());
    std::sort(on_disk.begin(), on_disk.end());
    for (const auto& name : on_disk)
      if (std::find(groups.begin(), groups.end(), name) == groups.end()) groups.push_back(name);
  }
  return groups;
}

// One entry of `generated`: its name, group, generator (built from
// generators/NAME.cpp) and arguments.
TestSpec read_generated_test(const YamlDocument& doc, const YAML::Node& item, const std::string& field,
                             const Problem& problem, const std::vector<std::string>& groups) {
  doc.only_keys(item, field, {"name", "group", "generator", "args", "seed"});
  for (const char* required : {"name", "group", "generator", "seed"})
    if (!item[required]) doc.fail(item, field + "." + required, "missing");
  TestSpec test;
  test.name = doc.string_of(item["name"], field + ".name");
  require_plain_name(doc, item["name"], field + ".name", test.name);
  test.group = doc.string_of(item["group"], field + ".group");
  if (std::find(groups.begin(), groups.end(), test.group) == groups.end())
    doc.fail(item["group"], field + ".group", fmt::format("group '{}' is not listed under 'groups'", test.group));
  GeneratorCall call;
  call.generator = doc.string_of(item["generator"], field + ".generator");
  require_plain_name(doc, item["generator"], field + ".generator", call.generator);
  if (!fs::exists(problem.generator_source(call.generator)))
    doc.fail(item["generator"], field + ".generator",
             fmt::format("no generator source at {}", problem.generator_source(call.generator).string()));
  package_file(doc, item["generator"], field + ".generator", problem.root,
               fs::relative(problem.generator_source(call.generator), problem.root).string());
  if (item["args"]) {
    if (!item["args"].IsSequence()) doc.fail(item["args"], field + ".args", "expected a list");
    std::size_t total = 0;
    for (std::size_t a = 0; a < item["args"].size(); ++a) {
      std::string arg_field = fmt::format("{}.args[{}]", field, a);
      call.args.push_back(doc.string_of(item["args"][a], arg_field));
      if (call.args.back().size() > kMaxGeneratorArgBytes)
        doc.fail(item["args"][a], arg_field,
                 fmt::format("{} bytes long: an argument may have at most {}", call.args.back().size(),
                             kMaxGeneratorArgBytes));
      total += call.args.back().size() + 1;
    }
    if (total > kMaxGeneratorArgsTotalBytes)
      doc.fail(item["args"], field + ".args",
               fmt::format("{} bytes in all: a generator's arguments may have at most {}", total,
                           kMaxGeneratorArgsTotalBytes));
  }
  call.seed = doc.count_of(item["seed"], field + ".seed");
  test.generated = call;
  return test;
}

}  // namespace

std::vector<TestSpec> read_test_list(const YamlDocument& doc, const YAML::Node& root, const Problem& problem) {
  const fs::path secret = problem.root / "data" / "secret";
  std::vector<std::string> groups = group_order(doc, root, secret);
  std::map<std::string, std::vector<TestSpec>> by_group;
  for (auto& test : static_tests_in(problem.root, secret, "secret", false)) by_group["secret"].push_back(test);
  if (!by_group["secret"].empty() && std::find(groups.begin(), groups.end(), "secret") == groups.end())
    groups.insert(groups.begin(), "secret");
  for (const auto& group : groups)
    for (auto& test : static_tests_in(problem.root, secret / group, group, false)) by_group[group].push_back(test);

  if (root["generated"]) {
    const YAML::Node& list = root["generated"];
    if (!list.IsSequence()) doc.fail(list, "generated", "expected a list of generated tests");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const YAML::Node& item = list[i];
      std::string field = fmt::format("generated[{}]", i);
      TestSpec test = read_generated_test(doc, item, field, problem, groups);
      for (const auto& other : by_group[test.group])
        if (other.name == test.name)
          doc.fail(item["name"], field + ".name", fmt::format("test '{}' already exists in group '{}'", test.name, test.group));
      by_group[test.group].push_back(test);
    }
  }

  std::vector<TestSpec> tests = static_tests_in(problem.root, problem.root / "data" / "sample", kSampleGroup, true);
  for (const auto& group : groups)
    for (auto& test : by_group[group]) tests.push_back(std::move(test));
  if (tests.empty())
    throw InputError(fmt::format("{}: the package has no tests: add data/sample/*.in and .ans, data/secret/, or 'generated'",
                                 problem.root.string()));
  return tests;
}

}  // namespace judge
