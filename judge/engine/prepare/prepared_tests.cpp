#include "prepared_tests.h"

#include <fmt/format.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <thread>

#include "engine/base/errors.h"
#include "engine/base/file_lock.h"
#include "engine/base/file_publish.h"
#include "engine/base/file_text.h"
#include "engine/base/hashing.h"
#include "engine/base/parallel.h"
#include "engine/base/trusted_limits.h"
#include "engine/compile/compile.h"
#include "engine/compile/trusted_tools.h"
#include "engine/language/driver.h"
#include "engine/language/run_program.h"
#include "engine/language/verdict.h"
#include "engine/limits/time_limits.h"

namespace judge {
namespace fs = std::filesystem;

void generate_input(const Problem& problem, const fs::path& cache, const TestSpec& test, const fs::path& output) {
  const GeneratorCall& call = *test.generated;
  const fs::path source = problem.generator_source(call.generator);
  fs::path binary = build_tool(cache, source);
  try {
    run_generator(binary, call.args, call.seed, output, call.generator);
  } catch (const InputError& e) {
    throw InputError(fmt::format("{}: {} (making test {})", fs::relative(source, problem.root).string(), e.what(),
                                 test.id()));
  }
}

PreparedTests::PreparedTests(const Problem& problem, const RunnerSet& runners, const Settings& settings)
    : problem_(problem),
      runners_(runners),
      settings_(settings),
      // Only the judge reads cached tests: the sandboxed program gets its
      // input as an open fd and must never find the answers by name.
      tests_dir_(cache_folder(settings.cache / "tests", CacheAccess::Private)) {
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

fs::path PreparedTests::input_path(const GeneratorCall& call) const {
  Hasher key;
  key.add("input").add_file(problem_.generator_source(call.generator));
  for (const auto& arg : call.args) key.add(arg);
  key.add(std::to_string(call.seed));
  return tests_dir_ / (key.hex() + ".in");
}

fs::path PreparedTests::answer_path(const fs::path& input_cache_path) const {
  return tests_dir_ / (Hasher().add("answer").add(input_cache_path.stem().string()).add(reference_key_).hex() + ".ans");
}

void PreparedTests::compile_reference() {
  if (reference_box_) return;
  reference_box_.emplace();
  CompileOutcome compiled = compile_source(reference_runner_, problem_.reference, *reference_box_, settings_);
  if (!compiled.internal_error.empty()) {
    reference_box_.reset();
    throw InternalError(compiled.internal_error);
  }
  if (!compiled.ok) {
    reference_box_.reset();
    throw InputError(fmt::format("{}: the reference solution does not compile: {}", problem_.reference.string(),
                                 one_line(compiled.log.substr(0, 1500))));
  }
}

bool PreparedTests::missing_work() const {
  for (const auto& test : problem_.tests) {
    if (!test.generated) continue;
    fs::path input = input_path(*test.generated);
    if (!fs::exists(input) || !fs::exists(answer_path(input))) return true;
  }
  return false;
}

void PreparedTests::build_ahead() {
  std::vector<fs::path> generators;
  bool answer_missing = false;
  for (const auto& test : problem_.tests) {
    if (!test.generated) continue;
    fs::path input = input_path(*test.generated);
    bool have_input = fs::exists(input);
    fs::path generator = problem_.generator_source(test.generated->generator);
    if (!have_input && std::find(generators.begin(), generators.end(), generator) == generators.end())
      generators.push_back(generator);
    if (!have_input || !fs::exists(answer_path(input))) answer_missing = true;
  }
  std::vector<std::function<void()>> jobs;
  for (const auto& generator : generators) jobs.push_back([this, generator] { build_tool(settings_.cache, generator); });
  if (answer_missing && !reference_box_) jobs.push_back([this] { compile_reference(); });
  const unsigned threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), jobs.size());
  if (threads < 2) return;  // nothing to overlap: prepare() does it in turn
  // Failures are left for prepare(), which meets them again in order and
  // reports them as it always has (a failed compile is cached, or redone).
  run_in_parallel(jobs.size(), threads, [&](std::size_t i) {
    try {
      jobs[i]();
    } catch (const std::exception&) {
    }
  });
}

fs::path PreparedTests::make_answer(const TestSpec& test, const fs::path& input) {
  const Runner& runner = reference_runner_;
  compile_reference();
  fs::path answer = answer_path(input);
  fs::path temporary = temporary_beside(answer);
  fs::path errors = reference_box_->private_dir() / "reference.err";
  // Generous limits: the reference's speed is checked by `judge validate`,
  // here it only has to produce the answer.
  RunLimits limits = limits_for(problem_, runner, settings_.cache);
  limits.cpu_ms *= kReferenceCpuFactor;
  limits.wall_ms = limits.cpu_ms * 2;
  sandbox::Outcome outcome = run_program(runner, reference_box_->box(), input, temporary, errors, limits);
  Judgement judgement = judge_outcome(outcome, limits.cpu_ms, read_head(errors, 4096));
  if (judgement.verdict != Verdict::AC) {
    std::error_code ec;
    fs::remove(temporary, ec);
    if (judgement.verdict == Verdict::IE) throw InternalError(judgement.message);
    throw InputError(fmt::format("{}: the reference solution fails on test {}: {} ({})", problem_.reference.string(),
                                 test.id(), to_string(judgement.verdict), one_line(judgement.message)));
  }
  publish_file(temporary, answer);
  return answer;
}

std::vector<PreparedTest> PreparedTests::prepare(const std::function<void(const std::string&)>& progress) {
  // Two gradings of one problem on a cold cache (a batch's or the daemon's
  // workers) would each make the same tests: the later one waits for the
  // first and then finds them made.
  std::optional<FileLock> lock;
  if (missing_work())
    lock.emplace(tests_dir_ / (".prepare-" + Hasher().add(problem_.root.string()).add(problem_.id).hex()),
                 FileLock::Mode::Wait);
  build_ahead();
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
      generate_input(problem_, settings_.cache, test, input);
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
