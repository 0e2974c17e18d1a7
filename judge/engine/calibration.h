// Portable time limits. A package may state its limit as a multiple of its
// reference solution's time (`limits.time_multiplier`, the idea of the Kattis
// format's ac_to_time_limit) rather than in seconds, which only hold on the
// author's machine. Calibration measures the reference here and keeps the
// result outside the package, under <cache>/calibration/<problem-id>.json,
// keyed by a hash of the reference and the tests: an edited package is
// measured again rather than graded under a stale limit.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "problem.h"
#include "runner.h"

namespace judge {

struct MachineFacts {
  std::string hostname;
  unsigned nproc = 0;
  std::string kernel;  // "Linux 6.1.0-18-amd64"
  std::string date;    // when measured, ISO 8601 UTC
};

struct TestTiming {
  std::string test;                 // "group/name"
  std::vector<std::int64_t> runs_ms;  // CPU time of each repetition
  std::int64_t median_ms = 0;
};

struct Calibration {
  std::string problem;
  std::string key;  // calibration_key() of the package when measured
  std::filesystem::path reference;  // relative to the package
  std::string reference_language;
  // The reference language's time factor: a Python reference's time is
  // divided by it to give the C++ limit.
  double reference_factor = 1;
  int repetitions = 0;
  std::vector<TestTiming> tests;  // in grading order
  std::string slowest_test;
  std::int64_t slowest_ms = 0;    // the largest median
  // As computed when measured, for people: lookups recompute the limit from
  // the current time_multiplier and time_min, so editing those needs no
  // new measurement.
  std::optional<double> time_multiplier;
  double time_min_s = 0;
  double time_s = 0;                          // the C++ limit (0 without a multiplier)
  std::map<std::string, std::int64_t> limits_ms;  // per language (empty without a multiplier)
  MachineFacts machine;
};

struct CalibrateOptions {
  int repetitions = 3;  // runs per test; the median counts
  std::function<void(const std::string&)> on_progress;
};

// A hash of what the reference's time depends on in the package: the
// reference's source and every test (static inputs by content, generated
// ones by generator source, arguments and seed).
std::string calibration_key(const Problem& problem);

std::filesystem::path calibration_path(const std::filesystem::path& cache, const std::string& problem_id);

// The stored calibration, when it was made for this package as it is now and
// on this machine (same host name); nullopt otherwise.
std::optional<Calibration> stored_calibration(const Problem& problem, const std::filesystem::path& cache);

// Compiles the reference, runs it on every test `repetitions` times, and
// stores the result atomically. Throws InputError when the reference does
// not compile or does not run cleanly on a test.
Calibration calibrate(const Problem& problem, const RunnerSet& runners, const std::filesystem::path& cache,
                      const CalibrateOptions& options = {});

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
// time_multiplier and a valid calibration is stored under cache_root(), else
// limits.time. Never measures anything.
BaseTimeLimit time_limit_in_force(const Problem& problem);


}  // namespace judge
