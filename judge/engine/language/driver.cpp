#include "driver.h"

#include <algorithm>
#include <fmt/format.h>
#include <kainjow/mustache.hpp>

#include "engine/base/errors.h"
#include "engine/base/file_text.h"

namespace judge {
namespace fs = std::filesystem;
using Data = kainjow::mustache::data;

namespace {

constexpr const char* kMarker = "JUDGE-INTERFACE: ";

const char* type_key(ValueType::Kind kind) {
  switch (kind) {
    case ValueType::Kind::Int: return "int";
    case ValueType::Kind::Long: return "long";
    case ValueType::Kind::Double: return "double";
    case ValueType::Kind::Bool: return "bool";
    case ValueType::Kind::String: return "string";
    case ValueType::Kind::List: return "list";
    case ValueType::Kind::Void: return "void";
  }
  return "void";
}

// The language's spelling of a type, from the runner's `driver.types`.
std::string spell(const ValueType& type, const DriverSpec& driver) {
  const std::string& pattern = driver.types.at(type_key(type.kind));
  if (type.kind != ValueType::Kind::List) return pattern;
  std::string text = pattern;
  if (std::size_t hole = text.find("{}"); hole != std::string::npos) text.replace(hole, 2, spell(type.item(), driver));
  return text;
}

std::string joined(const std::vector<std::string>& parts, const char* separator = ", ") {
  return fmt::format("{}", fmt::join(parts, separator));
}

// What every template gets for a signature; the templates pick what their
// language needs. Lists are pre-joined so templates need no comma logic.
Data signature_data(const Signature& sig, const DriverSpec& driver, int check) {
  Data data;
  std::vector<std::string> types, refs, args, names, decls;
  Data params{Data::type::list};
  for (std::size_t i = 0; i < sig.params.size(); ++i) {
    std::string type = spell(sig.params[i].type, driver);
    Data param;
    param.set("index", std::to_string(i));
    param.set("type", type);
    param.set("name", sig.params[i].name);
    params.push_back(param);
    types.push_back(type);
    refs.push_back(type + "&");
    args.push_back(fmt::format("a{}", i));
    names.push_back(sig.params[i].name);
  }
  data.set("name", sig.name);
  data.set("params", params);
  data.set("arity", std::to_string(sig.params.size()));
  data.set("types", joined(types));
  data.set("types_lead", types.empty() ? "" : fmt::format(", {}", joined(types)));  // after a first argument
  data.set("refs", joined(refs));
  data.set("refs_lead", refs.empty() ? "" : fmt::format(", {}", joined(refs)));
  data.set("args", joined(args));
  data.set("names", joined(names));
  data.set("names_lead", names.empty() ? "" : fmt::format(", {}", joined(names)));
  data.set("result", spell(sig.result, driver));
  data.set("returns_void", sig.result.kind == ValueType::Kind::Void);
  data.set("returns_value", sig.result.kind != ValueType::Kind::Void);
  data.set("check", std::to_string(check));
  // How the language writes the signature in messages: "int get(int)".
  data.set("display", fmt::format("{}{}({})", sig.constructor ? "" : spell(sig.result, driver) + " ", sig.name, joined(types)));
  return data;
}

Data template_data(const Problem& problem, const DriverSpec& driver, const Runner& runner) {
  const Interface& interface = problem.interface;
  Data data;
  bool is_class = problem.kind == ProblemKind::Class;
  data.set("is_class", is_class);
  data.set("is_function", !is_class);
  data.set("source", runner.source_name);
  data.set("module", fs::path(runner.source_name).stem().string());
  data.set("class_name", interface.class_name);
  std::string subject = is_class ? fmt::format("class {}", interface.class_name)
                                 : fmt::format("function {}", interface.methods.front().name);
  data.set("subject", subject);
  // Checks are numbered in the order the driver tests them: main() first,
  // then the class, its constructor and methods.
  int check = 3;
  data.set("constructor", signature_data(interface.constructor, driver, check++));
  Data methods{Data::type::list};
  for (const auto& method : interface.methods) methods.push_back(signature_data(method, driver, check++));
  data.set("methods", methods);
  return data;
}

// The runner's template rendered for `problem`; a template that does not
// parse or render is the runner file's fault, named with its template.
std::string rendered_template(const Problem& problem, const Runner& runner) {
  const DriverSpec& driver = *runner.driver;
  std::string text = read_file(driver.template_file);
  kainjow::mustache::mustache tmpl{text};
  auto fail = [&] {
    throw InputError(fmt::format("{}: field 'driver.template': {} does not render: {}", runner.file.string(),
                                 driver.template_file.string(), one_line(tmpl.error_message())));
  };
  if (!tmpl.is_valid()) fail();
  // The output is code, not HTML.
  tmpl.set_custom_escape([](const std::string& s) { return s; });
  std::string rendered = tmpl.render(template_data(problem, driver, runner));
  if (!tmpl.is_valid()) fail();
  return rendered;
}

}  // namespace

std::string driver_source(const Problem& problem, const Runner& runner) {
  if (auto it = problem.drivers.find(runner.language); it != problem.drivers.end()) return read_file(it->second);
  return rendered_template(problem, runner);
}

void check_driver_template(const Runner& runner) {
  if (!runner.driver) return;
  // One class and one function using every type, so that every section
  // of the template is rendered once.
  Problem sample;
  sample.id = "template-check";
  sample.kind = ProblemKind::Class;
  sample.interface.class_name = "Sample";
  sample.interface.constructor = parse_signature("Sample(int a, long b)", "Sample");
  sample.interface.methods = {parse_signature("void put(double c, bool d, string e)"),
                              parse_signature("list<list<int>> get(list<string> f)")};
  rendered_template(sample, runner);
  sample.kind = ProblemKind::Function;
  sample.interface.class_name.clear();
  sample.interface.methods = {parse_signature("long solve(list<int> a, int k)")};
  rendered_template(sample, runner);
}

Runner reference_runner(const Problem& problem, const RunnerSet& runners) {
  return reference_runner(problem, runners, problem.reference);
}

Runner reference_runner(const Problem& problem, const RunnerSet& runners, const std::filesystem::path& source) {
  return runner_for_problem(problem, runners.for_source(source, ""));
}

std::filesystem::path hint_reference(const Problem& problem, const Runner& candidate) {
  const auto& extensions = candidate.extensions;
  if (std::find(extensions.begin(), extensions.end(), problem.reference.extension().string()) != extensions.end())
    return problem.reference;
  for (const std::string& extension : extensions) {
    const std::filesystem::path own = problem.root / "submissions" / "accepted" / ("reference" + extension);
    std::error_code ec;  // a link loop there is no reference of its own
    if (std::filesystem::is_regular_file(own, ec)) return own;
  }
  return problem.reference;
}

Runner runner_for_problem(const Problem& problem, const Runner& runner) {
  if (!runner.missing.empty())
    throw InputError(fmt::format("{}: runner '{}' cannot run here: {}", runner.file.string(), runner.language,
                                 runner.missing));
  if (problem.kind == ProblemKind::Stdio) return runner;
  if (!runner.driver)
    throw InputError(fmt::format("{} cannot grade {}: it is a {} problem and {} has no 'driver:' section",
                                 runner.name, problem.id, problem.kind == ProblemKind::Class ? "class" : "function",
                                 runner.file.string()));
  Runner graded = runner;
  graded.compile = runner.driver->compile;
  graded.run = runner.driver->run;
  // The template's prelude (the standard headers), precompiled where it
  // can be; a problem's own driver includes what it needs itself.
  const DriverSpec& spec = *runner.driver;
  if (!spec.prelude.empty() && !problem.drivers.count(runner.language)) {
    graded.extra_files.push_back({spec.prelude.filename().string(), read_file(spec.prelude)});
    graded.precompiled_header = spec.prelude.filename().string();
  }
  graded.extra_files.push_back({spec.file_name, driver_source(problem, runner)});
  return graded;
}

std::string interface_error(const std::string& compile_log) {
  std::size_t error = compile_log.find("error:");
  std::size_t marker = compile_log.find(kMarker);
  if (marker == std::string::npos) return "";
  // An earlier error is the candidate's own (a typo, say); the interface
  // complaint is then only its consequence.
  std::size_t line_start = compile_log.rfind('\n', marker);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  if (error != std::string::npos && error < line_start) return "";
  std::size_t begin = marker + std::string(kMarker).size();
  std::size_t end = compile_log.find('\n', begin);
  std::string message = compile_log.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  while (!message.empty() && (message.back() == '\r' || message.back() == ' ')) message.pop_back();
  return message;
}

}  // namespace judge
