// A problem's prepared tests: its test list turned into files on disk. Static tests are already
// there; a generated test's input comes from its generator and its answer
// from the reference solution, both cached under the cache folder by content
// hash, so only the first grading on a machine pays for them.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/base/settings.h"
#include "engine/base/workspace.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"

namespace judge {

struct PreparedTest {
  TestSpec spec;
  std::filesystem::path input;
  std::filesystem::path answer;
};

// Builds a generated test's generator and runs it into `output`. An
// InputError names the generator's file and the test, on one line.
void generate_input(const Problem& problem, const std::filesystem::path& cache, const TestSpec& test,
                    const std::filesystem::path& output);

class PreparedTests {
 public:
  PreparedTests(const Problem& problem, const RunnerSet& runners, const Settings& settings);

  // Throws InputError when a generator or the reference solution fails.
  // `progress` hears a line for each piece of work that misses the cache.
  std::vector<PreparedTest> prepare(const std::function<void(const std::string&)>& progress = {});

  // Where a generated test's input is cached (whether or not it exists yet).
  std::filesystem::path input_path(const GeneratorCall& call) const;

  // Whether a generated test's input or answer is not in the cache yet.
  bool missing_work() const;

 private:
  std::filesystem::path answer_path(const std::filesystem::path& input_cache_path) const;
  // The one-off compiles a cold cache needs (the generators whose inputs
  // are missing, the reference when an answer is), side by side on every
  // core rather than one by one as the tests first need them; best effort,
  // and silent: `progress` hears of the tests' own work as before.
  void build_ahead();
  // Compiles the reference into reference_box_ once; throws as make_answer.
  void compile_reference();
  std::filesystem::path make_answer(const TestSpec& test, const std::filesystem::path& input);

  const Problem& problem_;
  const RunnerSet& runners_;
  const Settings settings_;
  std::filesystem::path tests_dir_;
  Runner reference_runner_;  // the driver rendered once, not per answer
  std::string reference_key_;
  std::optional<Workspace> reference_box_;  // compiled lazily, on the first missing answer
};

}  // namespace judge
