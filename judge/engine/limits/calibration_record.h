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
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/language/runner.h"
#include "engine/problem/problem.h"

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

// A hash of what the reference's time depends on in the package: the
// reference's source and every test (static inputs by content, generated
// ones by generator source, arguments and seed).
std::string calibration_key(const Problem& problem);

std::filesystem::path calibration_path(const std::filesystem::path& cache, const std::string& problem_id);

// The stored calibration, when it was made for this package as it is now and
// on this machine (same host name); nullopt otherwise.
std::optional<Calibration> stored_calibration(const Problem& problem, const std::filesystem::path& cache);

// Writes it atomically under <cache>/calibration/.
void store_calibration(const Calibration& calibration, const std::filesystem::path& cache);

// This machine, now: what a calibration records of where it was made.
MachineFacts this_machine();

}  // namespace judge
