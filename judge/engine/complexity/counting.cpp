#include "counting.h"

#include <fmt/format.h>

#include <algorithm>

#include "counted_ladder.h"
#include "engine/base/file_publish.h"
#include "engine/base/file_text.h"
#include "engine/base/hashing.h"
#include "engine/language/run_program.h"

namespace judge {
namespace fs = std::filesystem;

namespace {

// The reference's counts are kept, so one is not cut short by what is left
// of a candidate's safety net.
constexpr std::int64_t kReferenceCountMs = 20000;

// A fingerprint of what a box runs, for keying the reference's counts:
// every regular file in it, by name and content.
std::string box_fingerprint(const fs::path& box) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(box))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  Hasher hasher;
  for (const fs::path& file : files) hasher.add(file.filename().string()).add_file(file);
  return hasher.hex();
}

}  // namespace

Counting::Counting(const Problem& problem, const Runner& runner, const fs::path& box, const fs::path& cache,
                   const RunLimits& limits, const ProbeOptions& options, const InstructionCounter& counter)
    : problem(problem), runner(runner), box(box), cache(cache), limits(limits), counter(counter),
      setup(set_up(problem, cache, options)), budget(work_budget(options.budget)),
      give_up(Clock::now() + safety_net(options.budget)), candidate(judge::counted(runner, counter)),
      reference_box(options.reference_box), ladder_log(options.ladder_log) {
  if (setup.with_reference) {
    reference.emplace(judge::counted(*options.reference_runner, counter));
    reference_runner = options.reference_runner;
    reference_key = box_fingerprint(options.reference_box);
    // An interpreted reference is counted inside its ladder server, whose
    // every change (the collector turned off, say) moves the counts.
    if (has_counted_ladder(*reference_runner))
      reference_key = Hasher().add(reference_key).add_file(reference_runner->ladder).hex();
  }
}

Counting::Run Counting::run(const Runner& who, const fs::path& where, const fs::path& input, bool count, int slot,
                            std::int64_t at_least_ms) {
  RunLimits run_limits = limits;
  const std::int64_t left =
      std::max<std::int64_t>(at_least_ms, std::chrono::duration_cast<std::chrono::milliseconds>(deadline() - Clock::now()).count());
  run_limits.cpu_ms = count ? left : std::min<std::int64_t>(left, limits.cpu_ms * 4);
  run_limits.wall_ms = count ? left : std::min<std::int64_t>(left, run_limits.cpu_ms * 2 + 500);
  if (count) run_limits.memory_bytes += kCounterMemory;
  const fs::path errors = scratch.private_dir() / fmt::format("stderr-{}", slot);
  const Clock::time_point start = Clock::now();
  sandbox::Outcome outcome =
      run_program(who, where, input, scratch.private_dir() / fmt::format("output-{}", slot), errors, run_limits);
  waited(outcome.run_queue_ms);
  Run result;
  result.wall = std::chrono::duration<double>(Clock::now() - start).count();
  result.out_of_time = (outcome.limit == sandbox::Limit::WallTime || outcome.limit == sandbox::Limit::CpuTime) &&
                       seconds_left() < 0.1;
  if (!outcome.error.empty() || outcome.limit != sandbox::Limit::None || !outcome.exited || outcome.exit_code != 0)
    return result;
  if (!count) {
    result.value = static_cast<double>(outcome.cpu_us) / 1e6;
  } else if (std::optional<std::uint64_t> instructions = instructions_from_log(read_file(errors))) {
    result.value = static_cast<double>(*instructions);
  }
  return result;
}

std::optional<double> Counting::reference_count(std::uint64_t n, int slot) {
  if (std::optional<double> kept = kept_reference_count(n)) return kept;
  Run counted_run = run(*reference, reference_box, input(n), true, slot, kReferenceCountMs);
  if (counted_run.value) keep_reference_count(n, *counted_run.value);
  return counted_run.value;
}

std::vector<std::optional<double>> Counting::reference_counts_in_one_interpreter(
    const std::vector<std::uint64_t>& sizes) {
  std::vector<std::optional<double>> counts;
  std::vector<fs::path> inputs;  // of the sizes not kept
  for (std::uint64_t n : sizes) {
    counts.push_back(kept_reference_count(n));
    if (!counts.back()) inputs.push_back(input(n));
  }
  if (inputs.empty()) return counts;
  Workspace ladder_scratch;
  // Every size the candidate reached: the reference's budget is its
  // candidate's sizes, not instructions of its own.
  constexpr double kUnbounded = 1e18;
  const double wall = std::max(kReferenceCountMs / 1000.0, seconds_left());
  const LadderCounts counted = count_ladder(*reference_runner, counter, reference_box, inputs, limits,
                                            {kUnbounded, 0}, wall,
                                            ladder_scratch.private_dir(), ladder_log);
  waited(counted.run_queue_ms);
  for (std::size_t i = 0, j = 0; i < sizes.size(); ++i) {
    if (counts[i]) continue;
    if (const std::optional<std::uint64_t>& work = counted.work[j++]) {
      counts[i] = static_cast<double>(*work);
      keep_reference_count(sizes[i], *counts[i]);
    }
  }
  return counts;
}

fs::path Counting::kept_count_file(std::uint64_t n) const {
  const std::string input_key = fmt::format("{}:{}:{}", setup.generator_hash, n, kComplexitySeed);
  return cache / "complexity" / "counts" /
         (Hasher().add(counter.version).add(reference_key).add(input_key).hex() + ".count");
}

std::optional<double> Counting::kept_reference_count(std::uint64_t n) const {
  const fs::path file = kept_count_file(n);
  if (!fs::exists(file)) return std::nullopt;
  try {
    return std::stod(read_file(file));
  } catch (const std::exception&) {
    return std::nullopt;  // a torn or foreign file: count again
  }
}

void Counting::keep_reference_count(std::uint64_t n, double count) const {
  const fs::path file = kept_count_file(n);
  cache_folder(cache / "complexity", CacheAccess::Private);
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  const fs::path partial = temporary_beside(file);
  // Best effort: a count that cannot be kept is counted again next time.
  if (write_file(partial, fmt::format("{:.0f}\n", count))) fs::rename(partial, file, ec);
  if (ec) fs::remove(partial, ec);
}

}  // namespace judge
