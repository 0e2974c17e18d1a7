#include "complexity_fit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace judge {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr Growth kAll[] = {Growth::Constant, Growth::Log,       Growth::Linear,     Growth::NLogN,
                           Growth::Quadratic, Growth::Cubic, Growth::Exponential};

// What it takes to answer. The thresholds are set on synthetic data with
// the noise this machine shows (tests/unit/complexity_fit_test.cpp).
constexpr std::size_t kMinSizes = 4;
constexpr double kMinRange = 8;          // largest n / smallest n
constexpr double kMaxFitError = 0.20;    // rms relative error of the best class
constexpr double kClearRatio = 1.5;      // runner-up's error / best's
constexpr double kMaxDrop = 0.30;        // a doubling may lose at most this much time to noise
constexpr double kFlatGrowth = 1.5;      // the whole range grows less than this: flat
constexpr double kFlatNoise = 0.05;      // ... and a flat curve must be this clean to mean O(1)/O(log n)
constexpr double kSlopeTolerance = 0.15;  // measured slope at the largest sizes vs the fit's there
constexpr double kMinGrowingShare = 0.5;  // of the best fit's time at the largest size
// The reference only lends its curve's shape to the candidate's ratio; a
// machine that bends it (caches) bends the candidate's alike, so its own
// fit may be looser than a candidate's must be.
constexpr double kMaxBaselineError = 0.5;
// Below this much work (time less start-up) a ratio is mostly timer noise.
constexpr double kMinRatioWork = 0.001;

double basis(Growth growth, double n) {
  switch (growth) {
    case Growth::Constant: return 1;
    case Growth::Log: return std::log2(n);
    case Growth::Linear: return n;
    case Growth::NLogN: return n * std::log2(n);
    case Growth::Quadratic: return n * n;
    case Growth::Cubic: return n * n * n;
    case Growth::Exponential: return n > 1000 ? kInfinity : std::exp2(n);
  }
  return kInfinity;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

std::vector<std::pair<double, double>> medians_by_size(const std::vector<TimingSample>& samples) {
  std::map<double, std::vector<double>> by_size;
  for (const TimingSample& s : samples)
    if (s.n > 0 && std::isfinite(s.seconds) && s.seconds > 0) by_size[s.n].push_back(s.seconds);
  std::vector<std::pair<double, double>> points;
  for (auto& [n, times] : by_size) points.emplace_back(n, median(times));
  return points;
}

// Least squares on relative error: weights 1/y^2. With a constant term
// that must not be negative (a program does not run in negative time).
ClassFit fit_class(Growth growth, const std::vector<std::pair<double, double>>& points) {
  ClassFit fit{growth, 0, 0, kInfinity};
  const double top = basis(growth, points.back().first);
  if (!std::isfinite(top) || top <= 0) return fit;
  double sw = 0, swf = 0, swff = 0, swy = 0, swfy = 0;
  for (auto [n, y] : points) {
    double f = basis(growth, n) / top;  // scaled for conditioning
    double w = 1 / (y * y);
    sw += w, swf += w * f, swff += w * f * f, swy += w * y, swfy += w * f * y;
  }
  double a = 0, b = 0;
  if (growth == Growth::Constant) {
    a = swy / sw;
  } else {
    double det = sw * swff - swf * swf;
    if (det > 0) {
      a = (swff * swy - swf * swfy) / det;
      b = (sw * swfy - swf * swy) / det;
    }
    if (det <= 0 || a < 0) {
      a = 0;
      b = swfy / swff;
    }
    if (b <= 0) return fit;
  }
  double sum = 0;
  for (auto [n, y] : points) {
    double predicted = a + b * basis(growth, n) / top;
    sum += std::pow((predicted - y) / y, 2);
  }
  fit.constant = a;
  fit.scale = b / top;
  fit.error = std::sqrt(sum / static_cast<double>(points.size()));
  return fit;
}

struct Slope {
  double value = 0, margin = 0;
};

// Least-squares slope of log y on log n, with about two standard errors.
Slope loglog_slope(const std::vector<std::pair<double, double>>& points) {
  const double m = static_cast<double>(points.size());
  double sx = 0, sy = 0;
  for (auto [n, y] : points) sx += std::log(n), sy += std::log(y);
  double mx = sx / m, my = sy / m, sxx = 0, sxy = 0;
  for (auto [n, y] : points) {
    sxx += (std::log(n) - mx) * (std::log(n) - mx);
    sxy += (std::log(n) - mx) * (std::log(y) - my);
  }
  Slope slope;
  slope.value = sxx > 0 ? sxy / sxx : 0;
  if (points.size() > 2 && sxx > 0) {
    double residuals = 0;
    for (auto [n, y] : points) residuals += std::pow(std::log(y) - my - slope.value * (std::log(n) - mx), 2);
    slope.margin = 2 * std::sqrt(residuals / (m - 2) / sxx);
  }
  return slope;
}

// The largest half of the sizes, at least three: where a constant term
// weighs least.
std::vector<std::pair<double, double>> upper_half(const std::vector<std::pair<double, double>>& points) {
  std::size_t keep = std::max<std::size_t>(3, (points.size() + 1) / 2);
  keep = std::min(keep, points.size());
  return {points.end() - static_cast<std::ptrdiff_t>(keep), points.end()};
}

GrowthEstimate not_sure(GrowthEstimate estimate, std::string reason) {
  estimate.growth.reset();
  estimate.confidence = 0;
  estimate.reason = std::move(reason);
  return estimate;
}

std::string percent(double fraction) { return fmt::format("{:.0f}%", fraction * 100); }

}  // namespace

std::string to_big_o(Growth growth) {
  switch (growth) {
    case Growth::Constant: return "O(1)";
    case Growth::Log: return "O(log n)";
    case Growth::Linear: return "O(n)";
    case Growth::NLogN: return "O(n log n)";
    case Growth::Quadratic: return "O(n^2)";
    case Growth::Cubic: return "O(n^3)";
    case Growth::Exponential: return "O(2^n)";
  }
  return "?";
}

std::optional<Growth> parse_big_o(std::string_view text) {
  for (Growth growth : kAll)
    if (to_big_o(growth) == text) return growth;
  return std::nullopt;
}

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

  for (Growth growth : kAll) estimate.fits.push_back(fit_class(growth, points));
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
