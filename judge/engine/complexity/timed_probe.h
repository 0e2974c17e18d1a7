// The timed ladder: the candidate's CPU time at doubling sizes, beside the
// reference's on the same inputs when there is one, fitted to the classes
// (complexity_fit.h). Used where instructions cannot be counted: no
// Valgrind, or an interpreted language without a ladder server.
#pragma once

#include <filesystem>

#include "complexity_probe.h"

namespace judge {

ComplexityReport probe_by_times(const Problem& problem, const Runner& runner, const std::filesystem::path& box,
                                const std::filesystem::path& cache, const RunLimits& limits,
                                const ProbeOptions& options);

}  // namespace judge
