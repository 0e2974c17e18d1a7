#include "fit_tools.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace judge::fitting {

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

namespace {

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

}  // namespace

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
// Counted fits are off by fractions of a percent.
std::string fine_percent(double fraction) { return fmt::format("{:.2f}%", fraction * 100); }

}  // namespace judge::fitting
