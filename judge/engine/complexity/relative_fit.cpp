// Fits beside the reference (complexity_fit.h): the ratio of two
// programs' work, and the tie rules that use it.
#include "complexity_fit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "fit_tools.h"

namespace judge {
using namespace fitting;

namespace {

// The reference only lends its curve's shape to the candidate's ratio; a
// machine that bends it (caches) bends the candidate's alike, so its own
// fit may be looser than a candidate's must be.
constexpr double kMaxBaselineError = 0.5;
// Below this much work (time less start-up) a ratio is mostly timer noise.
constexpr double kMinRatioWork = 0.001;

}  // namespace

RatioSlope ratio_slope(const std::vector<TimingSample>& candidate, const std::vector<TimingSample>& reference,
                       double min_seconds, StartUp start_up) {
  const std::vector<std::pair<double, double>> reference_points = medians_by_size(reference);
  std::map<double, double> below(reference_points.begin(), reference_points.end());
  std::vector<std::pair<double, double>> ratios;
  for (auto [n, y] : medians_by_size(candidate)) {
    auto it = below.find(n);
    if (it == below.end()) continue;
    const double work = y - start_up.candidate, reference_work = it->second - start_up.reference;
    if (work >= min_seconds && reference_work >= min_seconds) ratios.emplace_back(n, work / reference_work);
  }
  RatioSlope result;
  result.sizes = ratios.size();
  if (ratios.size() < 3) return result;
  Slope slope = loglog_slope(ratios);
  result.value = slope.value;
  result.margin = slope.margin;
  return result;
}

void settle_tie_by_reference(GrowthEstimate& estimate, Growth expected, const RatioSlope& step, double keeps_step,
                             std::optional<double> log_apart, std::string_view measured) {
  if (estimate.growth || !estimate.tied || estimate.fits.size() < 2 || step.sizes < 3) return;
  const Growth first = estimate.fits[0].growth, second = estimate.fits[1].growth;
  const Growth other = first == expected ? second : first;
  // The classes are declared in order of growth.
  const int apart = static_cast<int>(other) - static_cast<int>(expected);
  if ((first != expected && second != expected) || std::abs(apart) != 1) return;
  const double off = std::abs(step.value) + step.margin;
  if (off <= keeps_step) {
    estimate.growth = expected;
    estimate.confidence = 0.5 * (1 - off / keeps_step);
    estimate.reason = fmt::format("{}; its {} keep step with the reference's ({}) within {:.3f} ± {:.3f}",
                                  estimate.reason, measured, to_big_o(expected), step.value, step.margin);
    return;
  }
  const double toward = apart * step.value - step.margin;
  if (!log_apart || toward < *log_apart) {
    // Said all the same: a candidate told "not sure" can see how near it came.
    estimate.reason = fmt::format("{}; beside the reference's ({}), the ratio of its {} moves with slope {:.3f} ± "
                                  "{:.3f} on a log-log scale, which settles neither",
                                  estimate.reason, to_big_o(expected), measured, step.value, step.margin);
    return;
  }
  estimate.growth = other;
  estimate.confidence = 0.5 * std::min(1.0, toward / (2 * *log_apart));
  estimate.reason = fmt::format("{}; its {} {} the reference's ({}) by a log factor: their ratio moves with slope "
                                "{:.3f} ± {:.3f} on a log-log scale",
                                estimate.reason, measured, apart > 0 ? "outgrow" : "fall behind", to_big_o(expected),
                                step.value, step.margin);
}

GrowthEstimate estimate_relative(const std::vector<TimingSample>& candidate,
                                 const std::vector<TimingSample>& reference, Growth reference_growth,
                                 StartUp start_up) {
  // The ratio of the two programs' work at each size cancels what hit both
  // (a busy machine, a slow moment, a cache both outgrow); the reference's
  // own fit to its known class gives a smooth curve to put the ratio back
  // on. Only sizes where both did enough work that start-up and timer
  // noise do not swamp the ratio take part.
  std::vector<std::pair<double, double>> reference_work;
  for (auto [n, y] : medians_by_size(reference))
    if (y - start_up.reference >= kMinRatioWork) reference_work.emplace_back(n, y - start_up.reference);
  std::map<double, double> reference_at(reference_work.begin(), reference_work.end());
  GrowthEstimate estimate;
  if (reference_work.size() < kMinSizes)
    return not_sure(estimate, fmt::format("too few sizes where the reference's work is measurable ({}, need {})",
                                          reference_work.size(), kMinSizes));
  ClassFit baseline = fit_class(reference_growth, reference_work);
  if (baseline.error > kMaxBaselineError)
    return not_sure(estimate, fmt::format("the reference's times do not fit its own class {} (off by {})",
                                          to_big_o(reference_growth), percent(baseline.error)));
  std::vector<TimingSample> steadied;
  for (auto [n, y] : medians_by_size(candidate)) {
    const double work = y - start_up.candidate;
    if (auto it = reference_at.find(n); it != reference_at.end() && work >= kMinRatioWork)
      steadied.push_back({n, start_up.candidate + work / it->second * predict(baseline, n)});
  }
  GrowthEstimate result = estimate_growth(steadied);
  result.points = medians_by_size(candidate);
  if (result.growth) result.reason += fmt::format(" (beside the reference, whose {} fits within {})",
                                                  to_big_o(reference_growth), percent(baseline.error));
  return result;
}

}  // namespace judge
