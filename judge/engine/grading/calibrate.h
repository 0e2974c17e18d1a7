// Measuring a package's reference solution on this machine, for packages
// that state their time limit as a multiple of it (`limits.time_multiplier`,
// the idea of the Kattis format's ac_to_time_limit) rather than in seconds,
// which only hold on the author's machine. The result is a calibration
// record (calibration_record.h), which time_limits.h reads.
#pragma once

#include <functional>
#include <string>

#include "engine/base/settings.h"
#include "engine/language/runner.h"
#include "engine/limits/calibration_record.h"
#include "engine/problem/problem.h"

namespace judge {

struct CalibrateOptions {
  int repetitions = 3;  // runs per test; the median counts
  std::function<void(const std::string&)> on_progress;
};

// Compiles the reference, runs it on every test `repetitions` times, and
// stores the result atomically. Throws InputError when the reference does
// not compile or does not run cleanly on a test.
Calibration calibrate(const Problem& problem, const RunnerSet& runners, const Settings& settings,
                      const CalibrateOptions& options = {});

// A package with `limits.time_multiplier` and no valid calibration on this
// machine is measured first; `notice` hears one line before (and one if the
// measuring failed, in which case problem.yaml's time applies).
void ensure_calibration(const Problem& problem, const RunnerSet& runners, const Settings& settings,
                        const std::function<void(const std::string&)>& notice);

}  // namespace judge
