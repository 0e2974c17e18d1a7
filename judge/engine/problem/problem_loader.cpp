#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "engine/base/errors.h"
#include "engine/base/trusted_limits.h"
#include "engine/base/yaml_fields.h"
#include "growth.h"
#include "package_paths.h"
#include "problem.h"
#include "test_list.h"

namespace judge {
namespace fs = std::filesystem;

namespace {



constexpr double kMinTimeMultiplier = 3, kMaxTimeMultiplier = 100;
constexpr double kMinTimeFloor = 0.05, kMaxTimeFloor = 60;

// limits.time_multiplier and limits.time_min: a limit relative to the
// reference, measured on each machine by `judge calibrate`.
void read_relative_time(const YamlDocument& doc, const YAML::Node& node, Limits& limits) {
  if (const YAML::Node& multiplier = node["time_multiplier"]) {
    limits.time_multiplier = doc.number_of(multiplier, "limits.time_multiplier");
    if (*limits.time_multiplier < kMinTimeMultiplier || *limits.time_multiplier > kMaxTimeMultiplier)
      doc.fail(multiplier, "limits.time_multiplier",
               fmt::format("expected a multiple of the reference's time between {} and {}, e.g. 'time_multiplier: 5' "
                           "(judge validate wants the reference within a third of the limit, so under 3 it cannot pass)",
                           kMinTimeMultiplier, kMaxTimeMultiplier));
  }
  if (const YAML::Node& floor = node["time_min"]) {
    if (!limits.time_multiplier)
      doc.fail(floor, "limits.time_min",
               "only floors a calibrated limit: add 'time_multiplier' beside it, or remove it ('time' is the limit then)");
    limits.time_min_s = doc.number_of(floor, "limits.time_min");
    if (limits.time_min_s < kMinTimeFloor || limits.time_min_s > kMaxTimeFloor)
      doc.fail(floor, "limits.time_min",
               fmt::format("expected seconds between {} and {} (the default is 0.1)", kMinTimeFloor, kMaxTimeFloor));
  }
}

Limits read_limits(const YamlDocument& doc, const YAML::Node& node) {
  doc.only_keys(node, "limits", {"time", "time_multiplier", "time_min", "memory", "output"});
  Limits limits;
  if (!node["time"])
    doc.fail(node, "limits.time",
             node["time_multiplier"]
                 ? "missing: with time_multiplier it is still required, as the limit in seconds on a machine not yet "
                   "calibrated, e.g. 'time: 1.0'"
                 : "missing: give the CPU time limit in seconds, e.g. 'time: 1.0'");
  limits.time_s = doc.number_of(node["time"], "limits.time");
  if (limits.time_s <= 0 || limits.time_s > 60)
    doc.fail(node["time"], "limits.time", "expected seconds between 0 and 60");
  read_relative_time(doc, node, limits);
  if (node["memory"]) {
    limits.memory_mib = doc.count_of(node["memory"], "limits.memory");
    if (limits.memory_mib < 16 || limits.memory_mib > 16384)
      doc.fail(node["memory"], "limits.memory", "expected MiB between 16 and 16384");
  }
  if (node["output"]) {
    limits.output_mib = doc.count_of(node["output"], "limits.output");
    if (limits.output_mib < 1 || limits.output_mib > 1024)
      doc.fail(node["output"], "limits.output", "expected MiB between 1 and 1024");
  }
  return limits;
}

CheckerSpec read_checker(const YamlDocument& doc, const YAML::Node& node, const fs::path& root) {
  CheckerSpec spec;
  std::string type;
  if (node.IsScalar()) {
    type = node.Scalar();
  } else {
    doc.only_keys(node, "checker", {"type", "absolute", "relative", "source"});
    if (!node["type"]) doc.fail(node, "checker.type", "missing: one of tokens, lines, exact, float, custom");
    type = doc.string_of(node["type"], "checker.type");
  }
  if (type == "tokens") {
    spec.kind = CheckerKind::Tokens;
  } else if (type == "lines") {
    spec.kind = CheckerKind::Lines;
  } else if (type == "exact") {
    spec.kind = CheckerKind::Exact;
  } else if (type == "float") {
    spec.kind = CheckerKind::Float;
    if (node.IsMap() && node["absolute"]) spec.absolute = doc.number_of(node["absolute"], "checker.absolute");
    if (node.IsMap() && node["relative"]) spec.relative = doc.number_of(node["relative"], "checker.relative");
    if (spec.absolute < 0 || spec.relative < 0)
      doc.fail(node, "checker", "tolerances must be >= 0");
  } else if (type == "custom") {
    spec.kind = CheckerKind::Custom;
    if (!node.IsMap() || !node["source"])
      doc.fail(node, "checker.source", "missing: the custom checker's C++ source, e.g. 'source: checker/checker.cpp'");
    spec.source = package_file(doc, node["source"], "checker.source", root, doc.string_of(node["source"], "checker.source"));
  } else {
    doc.fail(node.IsMap() ? node["type"] : node, "checker",
             fmt::format("unknown checker '{}' (known: tokens, lines, exact, float, custom)", type));
  }
  return spec;
}

Signature signature_at(const YamlDocument& doc, const YAML::Node& node, const std::string& field,
                       const std::string& constructor_of = "") {
  try {
    return parse_signature(doc.string_of(node, field), constructor_of);
  } catch (const InterfaceError& e) {
    doc.fail(node, field, e.what());
  }
}

// `interface:` of a class or function problem; see "Class and function
// problems" in problems/README.md.
Interface read_interface(const YamlDocument& doc, const YAML::Node& node, ProblemKind kind) {
  Interface interface;
  if (!node || !node.IsMap())
    doc.fail(node ? node : doc.root(), "interface",
             kind == ProblemKind::Class
                 ? "missing: e.g. {class: LRUCache, constructor: \"LRUCache(int capacity)\", methods: [\"int get(int key)\"]}"
                 : "missing: e.g. {function: \"list<int> topKFrequent(list<int> nums, int k)\"}");
  if (kind == ProblemKind::Class) {
    doc.only_keys(node, "interface", {"class", "constructor", "methods", "unordered"});
    if (!node["class"]) doc.fail(node, "interface.class", "missing: the class the candidate writes");
    interface.class_name = doc.string_of(node["class"], "interface.class");
    interface.constructor.name = interface.class_name;
    interface.constructor.constructor = true;
    interface.constructor.result.kind = ValueType::Kind::Void;
    if (node["constructor"])
      interface.constructor = signature_at(doc, node["constructor"], "interface.constructor", interface.class_name);
    const YAML::Node& methods = node["methods"];
    if (!methods || !methods.IsSequence() || methods.size() == 0)
      doc.fail(methods ? methods : node, "interface.methods", "expected a list of signatures like \"int get(int key)\"");
    for (std::size_t i = 0; i < methods.size(); ++i) {
      std::string field = fmt::format("interface.methods[{}]", i);
      Signature method = signature_at(doc, methods[i], field);
      if (interface.method(method.name) || method.name == interface.class_name)
        doc.fail(methods[i], field, fmt::format("'{}' is declared twice (overloads are not supported)", method.name));
      interface.methods.push_back(method);
    }
  } else {
    doc.only_keys(node, "interface", {"function", "unordered"});
    if (!node["function"]) doc.fail(node, "interface.function", "missing: e.g. \"int add(int a, int b)\"");
    interface.methods.push_back(signature_at(doc, node["function"], "interface.function"));
    if (interface.methods.front().result.kind == ValueType::Kind::Void)
      doc.fail(node["function"], "interface.function", "a function must return a value to be checked");
  }
  if (node["unordered"]) {
    for (const auto& name : doc.strings_of(node["unordered"], "interface.unordered")) {
      const Signature* method = interface.method(name);
      if (!method) doc.fail(node["unordered"], "interface.unordered", fmt::format("no method named '{}'", name));
      if (method->result.kind != ValueType::Kind::List)
        doc.fail(node["unordered"], "interface.unordered", fmt::format("'{}' does not return a list", name));
      interface.unordered.insert(name);
    }
  }
  return interface;
}



}  // namespace

namespace {

ComplexitySpec read_complexity(const YamlDocument& doc, const YAML::Node& node, const Problem& problem) {
  if (!node.IsMap()) doc.fail(node, "complexity", "expected a map with parameter, expected, generator and sizes");
  doc.only_keys(node, "complexity", {"parameter", "expected", "generator", "sizes"});
  ComplexitySpec spec;
  for (const char* key : {"parameter", "expected", "generator", "sizes"})
    if (!node[key]) doc.fail(node, std::string("complexity.") + key, "missing");
  spec.parameter = doc.string_of(node["parameter"], "complexity.parameter");
  spec.expected = doc.string_of(node["expected"], "complexity.expected");
  if (!parse_big_o(spec.expected))
    doc.fail(node["expected"], "complexity.expected",
             fmt::format("'{}' is not a class the judge knows: one of O(1), O(log n), O(n), O(n log n), O(n^2), "
                         "O(n^3), O(2^n)",
                         spec.expected));
  spec.generator = doc.string_of(node["generator"], "complexity.generator");
  require_plain_name(doc, node["generator"], "complexity.generator", spec.generator);
  package_file(doc, node["generator"], "complexity.generator", problem.root,
               fs::relative(problem.generator_source(spec.generator), problem.root).string());
  const YAML::Node& sizes = node["sizes"];
  if (!sizes.IsSequence() || sizes.size() != 2)
    doc.fail(sizes, "complexity.sizes", "expected [smallest, largest], e.g. [1000, 1000000]");
  spec.min_size = doc.count_of(sizes[0], "complexity.sizes[0]");
  spec.max_size = doc.count_of(sizes[1], "complexity.sizes[1]");
  if (spec.min_size == 0 || spec.max_size < spec.min_size * 8)
    doc.fail(sizes, "complexity.sizes", "the largest size must be at least 8 times the smallest, which must be positive");
  return spec;
}

}  // namespace

namespace {

Problem read_package(const fs::path& package_dir) {
  fs::path yaml_path = package_dir / "problem.yaml";
  if (!fs::is_regular_file(yaml_path))
    throw InputError(fmt::format("{}: no problem.yaml in this folder: is it a problem package?", package_dir.string()));
  YamlDocument doc(yaml_path);
  const YAML::Node& root = doc.root();
  doc.only_keys(root, "", {"id", "title", "limits", "time_factors", "checker", "reference", "groups",
                           "generated", "kind", "complexity", "interface", "drivers"});

  Problem problem;
  problem.root = fs::canonical(package_dir);
  if (!root["id"]) doc.fail(root, "id", "missing: the problem's id, equal to its folder name");
  problem.id = doc.string_of(root["id"], "id");
  if (problem.id != problem.root.filename().string())
    doc.fail(root["id"], "id", fmt::format("'{}' differs from the folder name '{}'", problem.id,
                                           problem.root.filename().string()));
  problem.title = root["title"] ? doc.string_of(root["title"], "title") : problem.id;
  if (!root["limits"]) doc.fail(root, "limits", "missing: at least 'limits: {time: SECONDS}'");
  problem.limits = read_limits(doc, root["limits"]);

  if (root["time_factors"]) {
    const YAML::Node& factors = root["time_factors"];
    if (!factors.IsMap()) doc.fail(factors, "time_factors", "expected a mapping language: factor");
    for (const auto& entry : factors) {
      std::string language = entry.first.Scalar();
      double factor = doc.number_of(entry.second, "time_factors." + language);
      if (factor < 0.1 || factor > 20) doc.fail(entry.second, "time_factors." + language, "expected a factor between 0.1 and 20");
      problem.time_factors[language] = factor;
    }
  }

  if (root["kind"]) {
    std::string kind = doc.string_of(root["kind"], "kind");
    if (kind == "class") problem.kind = ProblemKind::Class;
    else if (kind == "function") problem.kind = ProblemKind::Function;
    else if (kind != "stdio") doc.fail(root["kind"], "kind", fmt::format("unknown kind '{}' (known: stdio, class, function)", kind));
  }
  if (problem.kind == ProblemKind::Stdio) {
    for (const char* field : {"interface", "drivers"})
      if (root[field]) doc.fail(root[field], field, "only class and function problems have one: add 'kind: class' or 'kind: function'");
    problem.checker = root["checker"] ? read_checker(doc, root["checker"], problem.root) : CheckerSpec{};
  } else {
    // The judge compares calls itself: the output format is the driver's.
    if (root["checker"] && !(root["checker"].IsScalar() && root["checker"].Scalar() == "calls"))
      doc.fail(root["checker"], "checker", "class and function problems are checked call by call: remove 'checker' or write 'checker: calls'");
    problem.interface = read_interface(doc, root["interface"], problem.kind);
    problem.checker.kind = CheckerKind::Calls;
    problem.checker.interface = problem.interface;
    problem.checker.class_calls = problem.kind == ProblemKind::Class;
    if (const YAML::Node& drivers = root["drivers"]) {
      if (!drivers.IsMap()) doc.fail(drivers, "drivers", "expected a mapping language: path, e.g. {cpp: drivers/driver.cpp}");
      for (const auto& entry : drivers) {
        std::string field = "drivers." + entry.first.Scalar();
        problem.drivers[entry.first.Scalar()] =
            package_file(doc, entry.second, field, problem.root, doc.string_of(entry.second, field));
      }
    }
  }

  if (!root["reference"]) doc.fail(root, "reference", "missing: the reference solution, e.g. 'submissions/accepted/reference.cpp'");
  problem.reference = package_file(doc, root["reference"], "reference", problem.root,
                                   doc.string_of(root["reference"], "reference"));

  if (root["complexity"]) problem.complexity = read_complexity(doc, root["complexity"], problem);

  problem.tests = read_test_list(doc, root, problem);
  return problem;
}

}  // namespace

Problem load_problem(const fs::path& package_dir) {
  try {
    return read_package(package_dir);
  } catch (const fs::filesystem_error& e) {
    // A link loop, a name too long, a folder that cannot be read: the
    // package's, whatever call met it first.
    throw InputError(fmt::format("{}: {}: fix or remove it (while reading the package {})",
                                 e.path1().empty() ? package_dir.string() : e.path1().string(), e.code().message(),
                                 package_dir.string()));
  }
}

}  // namespace judge
