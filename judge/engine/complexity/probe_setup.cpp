#include "probe_setup.h"

#include <algorithm>

#include "engine/base/file_publish.h"
#include "engine/base/hashing.h"
#include "engine/compile/trusted_tools.h"

namespace judge {
namespace fs = std::filesystem;

ProbeSetup set_up(const Problem& problem, const fs::path& cache, const ProbeOptions& options) {
  const ComplexitySpec& spec = *problem.complexity;
  fs::path generator = build_tool(cache, problem.generator_source(spec.generator));
  std::string generator_hash = sha256_file(generator);
  return {spec,
          *parse_big_o(spec.expected),
          std::chrono::steady_clock::now() + options.budget,
          std::move(generator),
          std::move(generator_hash),
          options.reference_runner != nullptr && !options.reference_box.empty()};
}

fs::path input_of_size(const Problem& problem, const fs::path& cache, const fs::path& generator,
                       const std::string& generator_hash, std::uint64_t n) {
  const std::string key = Hasher().add(generator_hash).add(std::to_string(n)).add(std::to_string(kComplexitySeed)).hex();
  fs::path file = cache / "complexity" / (key + ".in");
  if (fs::exists(file)) return file;
  cache_folder(cache / "complexity", CacheAccess::Private);
  run_generator(generator, {std::to_string(n)}, kComplexitySeed, file, problem.complexity->generator);
  return file;
}

double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace judge
