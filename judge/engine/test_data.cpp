#include "test_data.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include "compile_cache.h"
#include "driver.h"
#include "errors.h"
#include "execution.h"
#include "file_text.h"
#include "hashing.h"
#include "trusted_tools.h"
#include "verdict.h"

namespace judge {
namespace fs = std::filesystem;

TestData::TestData(const Problem& problem, const RunnerSet& runners, fs::path cache)
    : problem_(problem), runners_(runners), cache_(std::move(cache)), tests_dir_(cache_ / "tests") {
  fs::create_directories(tests_dir_);
  // Only the judge reads cached tests: the sandboxed program gets its input
  // as an open fd and must never find the answers by name.
  ::chmod(tests_dir_.c_str(), 0700);
  reference_runner_ = reference_runner(problem_, runners_);
  const Runner& runner = reference_runner_;
  Hasher key;
  key.add("reference").add_file(problem_.reference);
  for (const auto& part : runner.compile) key.add(part);
  for (const auto& part : runner.run) key.add(part);
  // A changed driver (template or interface) changes the answers' format.
  for (const auto& [name, content] : runner.extra_files) key.add(name).add(content);
  reference_key_ = key.hex();
}

fs::path TestData::input_path(const GeneratorCall& call) const {
  Hasher key;
  key.add("input").add_file(problem_.generator_source(call.generator));
  for (const auto& arg : call.args) key.add(arg);
  key.add(std::to_string(call.seed));
  return tests_dir_ / (key.hex() + ".in");
}

fs::path TestData::answer_path(const fs::path& input_cache_path) const {
  return tests_dir_ / (Hasher().add("answer").add(input_cache_path.stem().string()).add(reference_key_).hex() + ".ans");
}

fs::path TestData::make_answer(const TestSpec& test, const fs::path& input) {
  const Runner& runner = reference_runner_;
  if (!reference_box_) {
    reference_box_.emplace();
    CompileOutcome compiled = compile_cached(runner, problem_.reference, *reference_box_);
    if (!compiled.internal_error.empty()) throw InternalError(compiled.internal_error);
    if (!compiled.ok)
      throw InputError(fmt::format("{}: the reference solution does not compile:\n{}", problem_.reference.string(),
                                   compiled.log.substr(0, 1500)));
  }
  fs::path answer = answer_path(input);
  fs::path temporary = temporary_beside(answer);
  fs::path errors = reference_box_->private_dir() / "reference.err";
  // Generous limits: the reference's speed is checked by `judge validate`,
  // here it only has to produce the answer.
  RunLimits limits = limits_for(problem_, runner);
  limits.cpu_ms *= 10;
  limits.wall_ms = limits.cpu_ms * 2;
  sandbox::Outcome outcome = run_in_box(runner, reference_box_->box(), input, temporary, errors, limits);
  Judgement judgement = judge_outcome(outcome, limits.cpu_ms, read_head(errors, 4096));
  if (judgement.verdict != Verdict::AC) {
    std::error_code ec;
    fs::remove(temporary, ec);
    if (judgement.verdict == Verdict::IE) throw InternalError(judgement.message);
    throw InputError(fmt::format("{}: the reference solution fails on test {}: {} ({})", problem_.reference.string(),
                                 test.id(), to_string(judgement.verdict), judgement.message));
  }
  publish_file(temporary, answer);
  return answer;
}

std::vector<PreparedTest> TestData::prepare(const std::function<void(const std::string&)>& progress) {
  std::vector<PreparedTest> prepared;
  for (const auto& test : problem_.tests) {
    if (!test.generated) {
      prepared.push_back({test, test.input, test.answer});
      continue;
    }
    const GeneratorCall& call = *test.generated;
    fs::path input = input_path(call);
    if (!fs::exists(input)) {
      if (progress) progress(fmt::format("generating {}", test.id()));
      fs::path binary = build_tool(cache_, problem_.generator_source(call.generator));
      run_generator(binary, call.args, call.seed, input, call.generator);
    }
    fs::path answer = answer_path(input);
    if (!fs::exists(answer)) {
      if (progress) progress(fmt::format("computing the answer of {} with the reference", test.id()));
      make_answer(test, input);
    }
    prepared.push_back({test, input, answer});
  }
  return prepared;
}

}  // namespace judge
