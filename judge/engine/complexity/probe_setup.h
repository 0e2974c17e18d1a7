// What both of the probe's ladders (timed_probe.h, counted_probe.h) start
// from: the scaling generator built, its inputs by size (kept in the cache
// like generated tests), and the end of the nominal budget.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "complexity_probe.h"
#include "engine/problem/growth.h"

namespace judge {

struct ProbeSetup {
  const ComplexitySpec& spec;
  Growth expected;
  std::chrono::steady_clock::time_point give_up;
  std::filesystem::path generator;  // the scaling generator, built
  std::string generator_hash;
  bool with_reference;
};

ProbeSetup set_up(const Problem& problem, const std::filesystem::path& cache, const ProbeOptions& options);

// The scaling generator's input of size n, cached like generated tests.
// `generator_hash` is the binary's SHA-256, computed once per ladder.
std::filesystem::path input_of_size(const Problem& problem, const std::filesystem::path& cache,
                                    const std::filesystem::path& generator, const std::string& generator_hash,
                                    std::uint64_t n);

double median_of(std::vector<double> values);

}  // namespace judge
