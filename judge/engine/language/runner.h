// A language: how to compile a source and how to run the result. Read from
// runners/<language>.yaml, so adding a language is a YAML file, not code.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <sandbox/sandbox.h>

namespace judge {

// How a language grades class and function problems: a driver generated
// from a template is compiled together with the candidate's file.
struct DriverSpec {
  std::filesystem::path template_file;  // absolute
  std::string file_name;                // the generated driver's name in the box
  std::vector<std::string> compile;     // replaces Runner::compile
  std::vector<std::string> run;         // replaces Runner::run
  // Type spellings by problem.yaml name (int, long, ..., list, void); "{}"
  // in the list spelling stands for the element's.
  std::map<std::string, std::string> types;
  // A header of trusted text (absolute path; empty: none) that the template
  // includes first: written into the box under its own name beside the
  // driver, and precompiled once per compiler and flags (precompiled_header.h).
  std::filesystem::path prelude;
};

struct Runner {
  std::string language;  // the id: cpp, c, python
  std::string name;      // for people: "C++20 (g++ -std=gnu++20 -O2)"
  std::vector<std::string> extensions;
  std::string source_name;             // the file name the source is copied to
  std::vector<std::string> compile;    // empty: nothing to compile
  std::vector<std::string> run;
  std::vector<std::string> env;        // extra KEY=VALUE for compile and run
  double time_factor = 1.0;
  sandbox::SeccompProfile seccomp = sandbox::SeccompProfile::Program;
  double compile_time_s = 30;
  std::uint64_t compile_memory_mib = 1024;
  std::filesystem::path file;  // the YAML it came from
  std::optional<DriverSpec> driver;  // none: cannot grade class or function problems
  // Files written next to the source before compiling (name, content): the
  // generated driver of a class or function problem.
  std::vector<std::pair<std::string, std::string>> extra_files;
  // The name of one of extra_files that the compile may use precompiled
  // (precompiled_header.h); empty: none.
  std::string precompiled_header;
  // An interpreter's ladder server for the counted complexity hint
  // (counted_ladder.h; absolute; empty: none): handed to the interpreter,
  // run[0], as `-c TEXT` before the script, it runs every size of the
  // ladder in one interpreter.
  std::filesystem::path ladder;
  // How the source is named in the box. Empty: source_name. "java": after
  // its public class (java_class.h), with "{source}" in the compile
  // commands standing for that name and the class declaring main written
  // to kMainClassFile, which the run command reads as `@judge-main-class`.
  std::string source_naming;
  // Threads a run may have at once (sandbox::Policy::max_threads): a JVM
  // starts a dozen and more of its own.
  int threads = 16;
  // What of the problem's memory limit the runtime keeps for itself: the
  // run command's "{heap_mib}" is the limit less this (a JVM's -Xmx).
  std::uint64_t heap_reserve_mib = 0;
  // Text put in front of the candidate's first line, on that line, so the
  // compiler's line numbers stay the candidate's: Java's usual imports
  // (java.util.*), which the practice sites give without writing them.
  std::string prelude;
  // The command whose first line of output names the tool's version, for
  // `judge doctor` ("openjdk version \"17.0.13\"").
  std::vector<std::string> version;
  // Why it cannot run on this machine ("compiler /usr/bin/g++ is not
  // installed"), found at load; empty when it can. Not an error at load, so
  // that `judge doctor` can list it and the other languages still grade:
  // runner_for_problem throws it as an InputError naming the runner.
  std::string missing;
};

class RunnerSet {
 public:
  // Loads every runners/*.yaml; throws InputError naming a malformed one.
  static RunnerSet load(const std::filesystem::path& runners_dir);

  const Runner* by_language(const std::string& language) const;
  const Runner* by_extension(const std::string& extension) const;
  // Picks the runner for a file: `forced` (from --lang) wins over the extension.
  // Throws InputError with the fix when neither decides.
  const Runner& for_source(const std::filesystem::path& source, const std::string& forced) const;
  std::vector<std::string> languages() const;

 private:
  std::vector<Runner> runners_;
};

}  // namespace judge
