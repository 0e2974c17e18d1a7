// The limits a problem grants programs of a language on this machine: the
// C++ time from a stored calibration (calibration_record.h) when the package
// states `limits.time_multiplier` and one is stored, else problem.yaml's
// seconds; times the language's factor. Never measures anything, so that
// nothing that measures (calibrate.h) can be called from here.
#pragma once

#include <filesystem>
#include <string>

#include "calibration_record.h"
#include "engine/language/run_program.h"
#include "engine/language/runner.h"
#include "engine/problem/problem.h"

namespace judge {

// max(time_min, time_multiplier x slowest / reference_factor), in seconds:
// the C++ limit a calibration gives. The problem must have a multiplier.
double calibrated_time_s(const Limits& limits, const Calibration& calibration);

// The problem's (or else the runner's) multiplier of the C++ limit.
double time_factor_for(const Problem& problem, const Runner& runner);

enum class TimeLimitSource { ProblemYaml, Calibrated };
std::string to_string(TimeLimitSource source);  // "problem.yaml", "calibrated"

struct BaseTimeLimit {
  double seconds = 0;  // for C++
  TimeLimitSource source = TimeLimitSource::ProblemYaml;
};

// The C++ limit in force on this machine: calibrated when the problem has a
// time_multiplier and a valid calibration is stored under `cache`, else
// limits.time.
BaseTimeLimit time_limit_in_force(const Problem& problem, const std::filesystem::path& cache);

// The limits a problem grants programs of this language.
RunLimits limits_for(const Problem& problem, const Runner& runner, const std::filesystem::path& cache);

}  // namespace judge
