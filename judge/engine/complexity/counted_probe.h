// The counted ladders: instructions executed at each size (Valgrind's
// cachegrind, instruction_count.h), which do not depend on the machine's
// load, fitted to the classes (complexity_fit.h). A compiled program runs
// once per size, two at once; an interpreted one climbs every size in one
// interpreter through its runner's ladder server (counted_ladder.h).
#pragma once

#include <filesystem>

#include "complexity_probe.h"
#include "instruction_count.h"

namespace judge {

ComplexityReport probe_by_counts(const Problem& problem, const Runner& runner, const std::filesystem::path& box,
                                 const std::filesystem::path& cache, const RunLimits& limits,
                                 const ProbeOptions& options, const InstructionCounter& counter);

}  // namespace judge
