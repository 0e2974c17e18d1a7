#include "complexity_fit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "fit_tools.h"

namespace judge {
using namespace fitting;

namespace {

// What it takes to answer (beside kMinSizes and kMinRange). The thresholds are set on
// synthetic data with the noise this machine shows
// (tests/unit/complexity_fit_test.cpp).
constexpr double kMaxFitError = 0.20;    // rms relative error of the best class
constexpr double kClearRatio = 1.5;      // runner-up's error / best's
constexpr double kMaxDrop = 0.30;        // a doubling may lose at most this much time to noise
constexpr double kFlatGrowth = 1.5;      // the whole range grows less than this: flat
constexpr double kFlatNoise = 0.05;      // ... and a flat curve must be this clean to mean O(1)/O(log n)
constexpr double kSlopeTolerance = 0.15;  // measured slope at the largest sizes vs the fit's there
constexpr double kMinGrowingShare = 0.5;  // of the best fit's time at the largest size

}  // namespace

double predict(const ClassFit& fit, double n) { return fit.constant + fit.scale * basis(fit.growth, n); }

double slope_at(Growth growth, double n) {
  double f1 = basis(growth, n), f2 = basis(growth, 2 * n);
  if (growth == Growth::Constant) return 0;
  if (!std::isfinite(f2)) return kInfinity;
  return std::log(f2 / f1) / std::log(2.0);
}

GrowthEstimate estimate_growth(const std::vector<TimingSample>& samples) {
  GrowthEstimate estimate;
  estimate.points = medians_by_size(samples);
  const auto& points = estimate.points;
  if (points.size() < kMinSizes || points.back().first / points.front().first < kMinRange)
    return not_sure(estimate, fmt::format("too few sizes: {} over a range of {:.0f}x (need {} over {:.0f}x)",
                                          points.size(),
                                          points.empty() ? 0.0 : points.back().first / points.front().first,
                                          kMinSizes, kMinRange));

  for (Growth growth : kAllGrowths) estimate.fits.push_back(fit_class(growth, points));
  std::stable_sort(estimate.fits.begin(), estimate.fits.end(),
                   [](const ClassFit& a, const ClassFit& b) { return a.error < b.error; });
  Slope slope = loglog_slope(upper_half(points));
  estimate.slope = slope.value;
  estimate.slope_margin = slope.margin;
  const ClassFit& best = estimate.fits[0];
  const ClassFit& second = estimate.fits[1];

  const double growth_over_range = points.back().second / points.front().second;
  if (growth_over_range < kFlatGrowth && best.error > kFlatNoise)
    return not_sure(estimate, fmt::format("the times barely grow ({:.2f}x over the range) and vary by {}: too "
                                          "small or too noisy to tell",
                                          growth_over_range, percent(best.error)));
  for (std::size_t i = 1; i < points.size(); ++i)
    if (points[i].second < points[i - 1].second * (1 - kMaxDrop))
      return not_sure(estimate, fmt::format("the time fell from n = {:.0f} to n = {:.0f}: the measurements are "
                                            "too noisy",
                                            points[i - 1].first, points[i].first));
  if (best.error > kMaxFitError)
    return not_sure(estimate, fmt::format("no class fits the times (the best, {}, is off by {})",
                                          to_big_o(best.growth), percent(best.error)));
  // A fit whose growing part is a small share of the time at the largest
  // size is a constant with a bend: any class can draw that bend.
  if (best.growth != Growth::Constant) {
    const double n_top = points.back().first;
    const double growing = best.scale * basis(best.growth, n_top);
    if (growing < kMinGrowingShare * (best.constant + growing))
      return not_sure(estimate, fmt::format("at the largest size measured most of the time is start-up ({} of it "
                                            "grows with n): the sizes are too small to tell",
                                            percent(growing / (best.constant + growing))));
  }
  // A class's own slope over the largest sizes, constant term included.
  const auto upper = upper_half(points);
  auto fitted_slope = [&upper](const ClassFit& fit) {
    return std::log(predict(fit, upper.back().first) / predict(fit, upper.front().first)) /
           std::log(upper.back().first / upper.front().first);
  };
  bool settled_by_slope = false;
  if (second.error < best.error * kClearRatio) {
    // Two classes a power of n apart can fit a short or bent curve alike;
    // the slope at the largest sizes still tells them apart when it agrees
    // with one and is far from the other. A log factor apart it cannot.
    const double near = std::abs(slope.value - fitted_slope(best));
    const double far = std::abs(slope.value - fitted_slope(second));
    settled_by_slope = near <= slope.margin + kSlopeTolerance && far >= 0.5 && std::isfinite(far);
    if (!settled_by_slope) {
      GrowthEstimate tie = not_sure(estimate, fmt::format("{} and {} fit about equally well ({} and {} off)",
                                                          to_big_o(best.growth), to_big_o(second.growth),
                                                          percent(best.error), percent(second.error)));
      tie.tied = true;
      return tie;
    }
  }
  // The fit must also hold where it matters most, at the largest sizes:
  // its own slope there (constant term included) against the measured one.
  const double expected = fitted_slope(best);
  if (std::abs(slope.value - expected) > slope.margin + kSlopeTolerance)
    return not_sure(estimate, fmt::format("{} fits best, but the times grow with slope {:.2f} ± {:.2f} at the "
                                          "largest sizes, where it would give {:.2f}",
                                          to_big_o(best.growth), slope.value, slope.margin, expected));

  estimate.growth = best.growth;
  const double clearness = settled_by_slope ? 0.25 : std::min(1.0, (second.error / std::max(best.error, 1e-9) - 1) / 4);
  estimate.confidence = std::clamp(clearness * (1 - best.error / kMaxFitError), 0.0, 1.0);
  estimate.reason = fmt::format("{} fits within {} (next best {}, {} off{}); slope {:.2f} ± {:.2f}",
                                to_big_o(best.growth), percent(best.error), to_big_o(second.growth),
                                percent(second.error), settled_by_slope ? ", but far from the slope" : "",
                                slope.value, slope.margin);
  return estimate;
}

}  // namespace judge
