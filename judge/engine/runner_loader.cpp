#include <fmt/format.h>

#include <algorithm>

#include "errors.h"
#include "runner.h"
#include "yaml_fields.h"

namespace judge {
namespace fs = std::filesystem;

static DriverSpec read_driver(const YamlDocument& doc, const YAML::Node& node, const fs::path& runners_dir) {
  doc.only_keys(node, "driver", {"template", "file", "compile", "run", "types", "prelude"});
  for (const char* required : {"template", "file", "run", "types"})
    if (!node[required]) doc.fail(node, std::string("driver.") + required, "missing");
  DriverSpec spec;
  spec.template_file = runners_dir / doc.string_of(node["template"], "driver.template");
  if (!fs::is_regular_file(spec.template_file))
    doc.fail(node["template"], "driver.template", fmt::format("no file at {}", spec.template_file.string()));
  spec.file_name = doc.string_of(node["file"], "driver.file");
  if (spec.file_name.find('/') != std::string::npos) doc.fail(node["file"], "driver.file", "expected a bare file name");
  if (node["compile"]) spec.compile = doc.strings_of(node["compile"], "driver.compile");
  spec.run = doc.strings_of(node["run"], "driver.run");
  if (node["prelude"]) {
    spec.prelude = runners_dir / doc.string_of(node["prelude"], "driver.prelude");
    if (!fs::is_regular_file(spec.prelude))
      doc.fail(node["prelude"], "driver.prelude", fmt::format("no file at {}", spec.prelude.string()));
    if (spec.prelude.filename() == spec.file_name)
      doc.fail(node["prelude"], "driver.prelude", "expected a name other than the driver's");
  }
  const YAML::Node& types = node["types"];
  if (!types.IsMap()) doc.fail(types, "driver.types", "expected a mapping, e.g. {long: long long, list: \"vector<{}>\"}");
  for (const auto& entry : types) spec.types[entry.first.Scalar()] = doc.string_of(entry.second, "driver.types." + entry.first.Scalar());
  for (const char* type : {"int", "long", "double", "bool", "string", "list", "void"})
    if (!spec.types.count(type)) doc.fail(types, std::string("driver.types.") + type, "missing");
  return spec;
}

static Runner load_runner(const fs::path& file) {
  YamlDocument doc(file);
  const YAML::Node& root = doc.root();
  doc.only_keys(root, "", {"language", "name", "extensions", "source", "compile", "run", "env",
                           "time_factor", "seccomp", "compile_limits", "driver", "ladder"});
  for (const char* required : {"language", "extensions", "source", "run"})
    if (!root[required]) doc.fail(root, required, "missing");
  Runner runner;
  runner.file = file;
  runner.language = doc.string_of(root["language"], "language");
  runner.name = root["name"] ? doc.string_of(root["name"], "name") : runner.language;
  runner.extensions = doc.strings_of(root["extensions"], "extensions");
  runner.source_name = doc.string_of(root["source"], "source");
  if (runner.source_name.find('/') != std::string::npos)
    doc.fail(root["source"], "source", "expected a bare file name");
  if (root["compile"]) runner.compile = doc.strings_of(root["compile"], "compile");
  runner.run = doc.strings_of(root["run"], "run");
  if (runner.run.empty()) doc.fail(root["run"], "run", "expected the command that runs the program");
  if (root["env"]) runner.env = doc.strings_of(root["env"], "env");
  if (root["time_factor"]) runner.time_factor = doc.number_of(root["time_factor"], "time_factor");
  if (root["seccomp"]) {
    std::string profile = doc.string_of(root["seccomp"], "seccomp");
    if (profile == "program") runner.seccomp = sandbox::SeccompProfile::Program;
    else if (profile == "compiler") runner.seccomp = sandbox::SeccompProfile::Compiler;
    else doc.fail(root["seccomp"], "seccomp", fmt::format("unknown profile '{}' (known: program, compiler)", profile));
  }
  if (const YAML::Node& limits = root["compile_limits"]) {
    doc.only_keys(limits, "compile_limits", {"time", "memory"});
    if (limits["time"]) runner.compile_time_s = doc.number_of(limits["time"], "compile_limits.time");
    if (limits["memory"]) runner.compile_memory_mib = doc.count_of(limits["memory"], "compile_limits.memory");
  }
  if (const YAML::Node& driver = root["driver"]) runner.driver = read_driver(doc, driver, file.parent_path());
  if (root["ladder"]) {
    runner.ladder = file.parent_path() / doc.string_of(root["ladder"], "ladder");
    if (!fs::is_regular_file(runner.ladder))
      doc.fail(root["ladder"], "ladder", fmt::format("no file at {}", runner.ladder.string()));
  }
  return runner;
}

RunnerSet RunnerSet::load(const fs::path& runners_dir) {
  if (!fs::is_directory(runners_dir))
    throw InternalError(fmt::format("{}: the runners folder is missing; set JUDGE_HOME to the judge's source tree",
                                    runners_dir.string()));
  RunnerSet set;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(runners_dir))
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) set.runners_.push_back(load_runner(file));
  return set;
}

const Runner* RunnerSet::by_language(const std::string& language) const {
  for (const auto& runner : runners_)
    if (runner.language == language) return &runner;
  return nullptr;
}

const Runner* RunnerSet::by_extension(const std::string& extension) const {
  for (const auto& runner : runners_)
    if (std::find(runner.extensions.begin(), runner.extensions.end(), extension) != runner.extensions.end())
      return &runner;
  return nullptr;
}

std::vector<std::string> RunnerSet::languages() const {
  std::vector<std::string> out;
  for (const auto& runner : runners_) out.push_back(runner.language);
  return out;
}

const Runner& RunnerSet::for_source(const fs::path& source, const std::string& forced) const {
  std::string known = fmt::format("{}", fmt::join(languages(), "|"));
  if (!forced.empty()) {
    if (const Runner* runner = by_language(forced)) return *runner;
    throw InputError(fmt::format("unknown language '{}': use --lang {}", forced, known));
  }
  std::string extension = source.extension().string();
  if (const Runner* runner = by_extension(extension)) return *runner;
  throw InputError(fmt::format("{}: cannot tell the language from the extension '{}': rename the file or pass --lang {}",
                               source.string(), extension, known));
}

}  // namespace judge
