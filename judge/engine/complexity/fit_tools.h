// What the three fits (complexity_fit.cpp on times, counted_fit.cpp on
// instruction counts, relative_fit.cpp beside the reference) share: the
// classes' basis functions, least squares per class, the log-log slope,
// and the wording of their reasons. Internal to complexity/.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "complexity_fit.h"

namespace judge::fitting {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();
// What it takes to answer: at least this many sizes, over this range (the thresholds are
// set on synthetic data with the noise this machine shows,
// tests/unit/complexity_fit_test.cpp).
inline constexpr std::size_t kMinSizes = 4;
inline constexpr double kMinRange = 8;  // largest n / smallest n

using Points = std::vector<std::pair<double, double>>;  // (n, y), by n

double basis(Growth growth, double n);
Points medians_by_size(const std::vector<TimingSample>& samples);
// Least squares on relative error: weights 1/y^2. With a constant term
// that must not be negative (a program does not run in negative time).
ClassFit fit_class(Growth growth, const Points& points);

struct Slope {
  double value = 0, margin = 0;
};
// Least-squares slope of log y on log n, with about two standard errors.
Slope loglog_slope(const Points& points);
// The largest half of the sizes, at least three: where a constant term
// (start-up) weighs least.
Points upper_half(const Points& points);

GrowthEstimate not_sure(GrowthEstimate estimate, std::string reason);
std::string percent(double fraction);
// Counted fits are off by fractions of a percent.
std::string fine_percent(double fraction);

}  // namespace judge::fitting
