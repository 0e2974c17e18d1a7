#include "complexity_check.h"

#include <fmt/format.h>

#include <exception>
#include <optional>
#include <string>

#include "complexity_probe.h"
#include "engine/base/errors.h"
#include "engine/base/file_text.h"
#include "engine/base/hashing.h"
#include "engine/base/workspace.h"
#include "engine/compile/compile.h"
#include "engine/compile/trusted_tools.h"
#include "engine/language/driver.h"
#include "engine/language/run_program.h"
#include "engine/language/verdict.h"
#include "engine/limits/time_limits.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

std::string package_path(const Problem& problem, const fs::path& file) {
  return fs::relative(file, problem.root).string();
}

// Makes the input of size n twice and compares. The error, when there is
// one, is the detail of a failed check.
std::optional<std::string> generator_fault(const Problem& problem, const fs::path& binary, std::uint64_t n,
                                           const fs::path& input, const Workspace& scratch) {
  const std::string& name = problem.complexity->generator;
  const fs::path again = scratch.private_dir() / "again.in";
  try {
    run_generator(binary, {std::to_string(n)}, kComplexitySeed, input, name);
    run_generator(binary, {std::to_string(n)}, kComplexitySeed, again, name);
  } catch (const std::exception& e) {
    return fmt::format("{}: {}", package_path(problem, problem.generator_source(name)), one_line(e.what()));
  }
  if (sha256_file(input) != sha256_file(again))
    return fmt::format("{}: different output on a second run of '{} {} {}': it must be deterministic given its "
                       "arguments",
                       package_path(problem, problem.generator_source(name)), name, n, kComplexitySeed);
  return std::nullopt;
}

// The reference on the largest input, as a candidate's program runs.
std::optional<std::string> reference_fault(const Problem& problem, const RunnerSet& runners, const Settings& settings,
                                           const fs::path& input,
                                           std::uint64_t n) {
  const std::string where = package_path(problem, problem.reference);
  const Runner runner = reference_runner(problem, runners);
  Workspace workspace;
  CompileOutcome compiled = compile_source(runner, problem.reference, workspace, settings);
  if (!compiled.ok)
    return fmt::format("{}: does not compile: {}", where,
                       one_line(compiled.internal_error.empty() ? compiled.log : compiled.internal_error));
  const RunLimits limits = limits_for(problem, runner, settings.cache);
  const fs::path errors = workspace.private_dir() / "stderr";
  sandbox::Outcome outcome =
      run_program(runner, workspace.box(), input, workspace.private_dir() / "output", errors, limits);
  if (!outcome.error.empty()) throw InternalError(outcome.error);
  Judgement judgement = judge_outcome(outcome, limits.cpu_ms, read_head(errors, 4096));
  if (judgement.verdict == Verdict::AC) return std::nullopt;
  std::string why = judgement.message.empty() ? describe(judgement.verdict) : judgement.message;
  return fmt::format("{}: {} on the complexity generator's input of size {} ('{} {} {}'), {} ms of CPU time",
                     where, one_line(why), n, problem.complexity->generator, n, kComplexitySeed, outcome.cpu_ms);
}

}  // namespace

std::vector<ValidationCheck> check_complexity(const Problem& problem, const RunnerSet& runners, const Settings& settings) {
  if (!problem.complexity) return {};
  const ComplexitySpec& spec = *problem.complexity;
  const fs::path source = problem.generator_source(spec.generator);
  std::vector<ValidationCheck> checks;

  ValidationCheck generator;
  generator.what = fmt::format("the complexity generator {} runs at n = {} and n = {}, the same way twice",
                               package_path(problem, source), spec.min_size, spec.max_size);
  Workspace scratch;
  const fs::path largest = scratch.private_dir() / "largest.in";
  std::optional<std::string> fault;
  try {
    const fs::path binary = build_tool(settings.cache, source);
    fault = generator_fault(problem, binary, spec.min_size, scratch.private_dir() / "smallest.in", scratch);
    if (!fault) fault = generator_fault(problem, binary, spec.max_size, largest, scratch);
  } catch (const InputError& e) {
    fault = one_line(e.what());  // it does not compile: the message names the file
  }
  generator.passed = !fault;
  generator.detail = fault ? *fault : "each size made twice and compared";
  checks.push_back(generator);
  if (fault) return checks;

  ValidationCheck reference;
  reference.what = fmt::format("the reference solution runs on the complexity generator's largest input (n = {})",
                               spec.max_size);
  fault = reference_fault(problem, runners, settings, largest, spec.max_size);
  reference.passed = !fault;
  reference.detail = fault ? *fault : "ran cleanly within the limits";
  checks.push_back(reference);
  return checks;
}

}  // namespace judge
