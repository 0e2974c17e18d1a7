#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

#include "driver.h"
#include "engine/base/errors.h"
#include "engine/base/yaml_fields.h"
#include "run_program.h"
#include "runner.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The same range as a problem's own time_factors: a factor of 0 or less
// would make every limit zero (the reference itself a TLE), and a huge one
// would let a program run for days.
constexpr double kMinTimeFactor = 0.1, kMaxTimeFactor = 20;
constexpr double kMaxCompileTime = 300;
constexpr std::uint64_t kMinCompileMemory = 64, kMaxCompileMemory = 16384;
// A thread bomb must still stop well before the machine notices.
constexpr int kMaxThreads = 64;

// A command: a non-empty list whose first word names a program.
std::vector<std::string> command_of(const YamlDocument& doc, const YAML::Node& node, const std::string& field) {
  std::vector<std::string> command = doc.strings_of(node, field);
  if (command.empty() || command.front().empty())
    doc.fail(node, field, "expected a command, e.g. [/usr/bin/g++, -O2, -o, solution, solution.cpp]: it is empty");
  return command;
}

std::string bare_file_name(const YamlDocument& doc, const YAML::Node& node, const std::string& field) {
  std::string name = doc.string_of(node, field);
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos)
    doc.fail(node, field, "expected a bare file name, e.g. solution.cpp");
  return name;
}

// The program a command starts, when it is one installed on the machine
// (an absolute path or a name on the sandbox's PATH); nullopt for one the
// compile step makes (./solution).
std::string missing_program(const std::vector<std::string>& command, const std::vector<std::string>& env,
                            const char* role) {
  const std::string& name = command.front();
  if (name.find('/') != std::string::npos) {
    if (name.front() != '/') return "";  // built in the box
    return ::access(name.c_str(), X_OK) == 0 ? "" : fmt::format("{} {} is not installed", role, name);
  }
  const std::string path = sandbox_search_path(env);
  if (find_on_path(name, path)) return "";
  return fmt::format("{} '{}' is not installed (not found on {})", role, name, path);
}

DriverSpec read_driver(const YamlDocument& doc, const YAML::Node& node, const fs::path& runners_dir) {
  doc.only_keys(node, "driver", {"template", "file", "compile", "run", "types", "prelude"});
  for (const char* required : {"template", "file", "run", "types"})
    if (!node[required]) doc.fail(node, std::string("driver.") + required, "missing");
  DriverSpec spec;
  spec.template_file = runners_dir / doc.string_of(node["template"], "driver.template");
  if (!fs::is_regular_file(spec.template_file))
    doc.fail(node["template"], "driver.template", fmt::format("no file at {}", spec.template_file.string()));
  spec.file_name = bare_file_name(doc, node["file"], "driver.file");
  if (node["compile"]) spec.compile = command_of(doc, node["compile"], "driver.compile");
  spec.run = command_of(doc, node["run"], "driver.run");
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

// The fields a managed runtime needs (a JVM): how the source is named, its
// threads, the heap it keeps, the imports put before the source; and the
// version command doctor shows.
void read_runtime_fields(YamlDocument& doc, const YAML::Node& root, Runner& runner) {
  if (root["source_naming"]) {
    runner.source_naming = doc.string_of(root["source_naming"], "source_naming");
    if (runner.source_naming != "java")
      doc.fail(root["source_naming"], "source_naming",
               fmt::format("unknown naming '{}' (known: java)", runner.source_naming));
  }
  if (root["threads"]) {
    runner.threads = static_cast<int>(doc.count_of(root["threads"], "threads"));
    if (runner.threads < 1 || runner.threads > kMaxThreads)
      doc.fail(root["threads"], "threads", fmt::format("expected between 1 and {}", kMaxThreads));
  }
  if (root["heap_reserve_mib"])
    runner.heap_reserve_mib = doc.count_of(root["heap_reserve_mib"], "heap_reserve_mib");
  if (root["prelude"]) {
    runner.prelude = doc.string_of(root["prelude"], "prelude");
    if (runner.prelude.find('\n') != std::string::npos)
      doc.fail(root["prelude"], "prelude", "expected one line: it goes in front of the source's first line");
  }
  if (root["version"]) runner.version = command_of(doc, root["version"], "version");
}

Runner load_runner(const fs::path& file) {
  YamlDocument doc(file);
  const YAML::Node& root = doc.root();
  doc.only_keys(root, "", {"language", "name", "extensions", "source", "compile", "run", "env",
                           "time_factor", "seccomp", "compile_limits", "driver", "ladder",
                           "source_naming", "threads", "heap_reserve_mib", "prelude", "version"});
  for (const char* required : {"language", "extensions", "source", "run"})
    if (!root[required]) doc.fail(root, required, "missing");
  Runner runner;
  runner.file = file;
  runner.language = doc.string_of(root["language"], "language");
  runner.name = root["name"] ? doc.string_of(root["name"], "name") : runner.language;
  runner.extensions = doc.strings_of(root["extensions"], "extensions");
  if (runner.language.empty()) doc.fail(root["language"], "language", "expected the language's id, e.g. cpp");
  if (runner.extensions.empty()) doc.fail(root["extensions"], "extensions", "expected at least one, e.g. [.cpp]");
  for (std::size_t i = 0; i < runner.extensions.size(); ++i)
    if (runner.extensions[i].size() < 2 || runner.extensions[i].front() != '.')
      doc.fail(root["extensions"][i], fmt::format("extensions[{}]", i), "expected an extension with its dot, e.g. .cpp");
  runner.source_name = bare_file_name(doc, root["source"], "source");
  if (root["compile"]) runner.compile = command_of(doc, root["compile"], "compile");
  runner.run = command_of(doc, root["run"], "run");
  if (root["env"]) runner.env = doc.strings_of(root["env"], "env");
  for (std::size_t i = 0; i < runner.env.size(); ++i)
    if (runner.env[i].find('=') == std::string::npos || runner.env[i].front() == '=')
      doc.fail(root["env"][i], fmt::format("env[{}]", i), "expected KEY=VALUE");
  if (root["time_factor"]) {
    runner.time_factor = doc.number_of(root["time_factor"], "time_factor");
    if (!(runner.time_factor >= kMinTimeFactor && runner.time_factor <= kMaxTimeFactor))
      doc.fail(root["time_factor"], "time_factor",
               fmt::format("expected a factor between {} and {} (C++ is 1)", kMinTimeFactor, kMaxTimeFactor));
  }
  if (root["seccomp"]) {
    std::string profile = doc.string_of(root["seccomp"], "seccomp");
    if (profile == "program") runner.seccomp = sandbox::SeccompProfile::Program;
    else if (profile == "compiler") runner.seccomp = sandbox::SeccompProfile::Compiler;
    else if (profile == "program-sockets-fail") runner.seccomp = sandbox::SeccompProfile::ProgramSocketsFail;
    else doc.fail(root["seccomp"], "seccomp", fmt::format("unknown profile '{}' (known: program, program-sockets-fail, compiler)", profile));
  }
  if (const YAML::Node& limits = root["compile_limits"]) {
    doc.only_keys(limits, "compile_limits", {"time", "memory"});
    if (limits["time"]) {
      runner.compile_time_s = doc.number_of(limits["time"], "compile_limits.time");
      if (!(runner.compile_time_s > 0 && runner.compile_time_s <= kMaxCompileTime))
        doc.fail(limits["time"], "compile_limits.time", fmt::format("expected CPU seconds between 0 and {}", kMaxCompileTime));
    }
    if (limits["memory"]) {
      runner.compile_memory_mib = doc.count_of(limits["memory"], "compile_limits.memory");
      if (runner.compile_memory_mib < kMinCompileMemory || runner.compile_memory_mib > kMaxCompileMemory)
        doc.fail(limits["memory"], "compile_limits.memory",
                 fmt::format("expected MiB between {} and {}", kMinCompileMemory, kMaxCompileMemory));
    }
  }
  read_runtime_fields(doc, root, runner);
  if (const YAML::Node& driver = root["driver"]) runner.driver = read_driver(doc, driver, file.parent_path());
  if (root["ladder"]) {
    runner.ladder = file.parent_path() / doc.string_of(root["ladder"], "ladder");
    if (!fs::is_regular_file(runner.ladder))
      doc.fail(root["ladder"], "ladder", fmt::format("no file at {}", runner.ladder.string()));
  }
  // The first binary that is missing, compile before run, the driver's
  // after the runner's own.
  for (const auto& [command, role] :
       std::vector<std::pair<const std::vector<std::string>*, const char*>>{
           {&runner.compile, "compiler"},
           {&runner.run, "interpreter"},
           {runner.driver ? &runner.driver->compile : nullptr, "driver compiler"},
           {runner.driver ? &runner.driver->run : nullptr, "driver interpreter"}})
    if (runner.missing.empty() && command && !command->empty())
      runner.missing = missing_program(*command, runner.env, role);
  try {
    check_driver_template(runner);
  } catch (const InterfaceError& e) {
    throw InternalError(fmt::format("the sample interface for checking templates does not parse: {}", e.what()));
  }
  return runner;
}

}  // namespace

RunnerSet RunnerSet::load(const fs::path& runners_dir) {
  if (!fs::is_directory(runners_dir))
    throw InternalError(fmt::format("{}: the runners folder is missing; set JUDGE_HOME to the judge's source tree",
                                    runners_dir.string()));
  RunnerSet set;
  try {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(runners_dir))
      if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    // YamlDocument refuses anything but a regular file, naming it.
    for (const auto& file : files) set.runners_.push_back(load_runner(file));
  } catch (const fs::filesystem_error& e) {
    throw InputError(fmt::format("{}: {}: fix or remove it (while reading the runners in {})",
                                 e.path1().empty() ? runners_dir.string() : e.path1().string(), e.code().message(),
                                 runners_dir.string()));
  }
  for (std::size_t i = 0; i < set.runners_.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (set.runners_[i].language == set.runners_[j].language)
        throw InputError(fmt::format("{}: language '{}' is already defined in {}", set.runners_[i].file.string(),
                                     set.runners_[i].language, set.runners_[j].file.string()));
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
