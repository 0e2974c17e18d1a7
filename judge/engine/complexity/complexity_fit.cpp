// Over 500 lines for now: the fits, the tie rules and the two least-squares
// solvers share their samples' types; issue 18 moves them into
// judge/engine/complexity/ as separate files.
#include "complexity_fit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace judge {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

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
// Counted fits are off by fractions of a percent.
std::string fine_percent(double fraction) { return fmt::format("{:.2f}%", fraction * 100); }

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

namespace {

// What a counted fit must reach (estimate_counted). Counts do not vary from
// run to run; what is left is the program's own unevenness (a hash table
// that grows by doubling, the input's numbers gaining a digit), about 1-2%
// on the corpus in tests/complexity.
constexpr double kCountFit = 0.015;       // rms relative error of the class's model
constexpr double kCountSignificant = 3;   // a higher class must cut the error this much ...
constexpr double kCountShare = 0.10;      // ... with its own term this much of the count at the largest size
constexpr double kCountExact = 0.001;     // linear is told from n log n only when it fits this well ...
constexpr double kCountLogNoise = 0.03;   // ... and leaves no room (log_room) for an n log n term this much of the count
constexpr double kCountPowerSlope = 1.6;  // counted work steeper than this at the top: a power above n

enum class Term { One, Bytes, Linear, NLogN, Quadratic, Cubic, Exponential };

double term_value(Term term, const CountSample& s) {
  switch (term) {
    case Term::One: return 1;
    case Term::Bytes: return s.bytes;
    case Term::Linear: return basis(Growth::Linear, s.n);
    case Term::NLogN: return basis(Growth::NLogN, s.n);
    case Term::Quadratic: return basis(Growth::Quadratic, s.n);
    case Term::Cubic: return basis(Growth::Cubic, s.n);
    case Term::Exponential: return basis(Growth::Exponential, s.n);
  }
  return kInfinity;
}

struct ModelFit {
  Growth growth = Growth::Linear;
  std::vector<Term> terms;  // the class's own term last
  std::vector<double> coefficients;
  double error = kInfinity;
  double share = 0;  // of the count at the largest size, the class's own term
};

// Least squares on relative error with every coefficient >= 0 (no part of a
// program runs in negative time): a lower term that comes out negative is
// dropped and the rest refitted; a negative own term means the class does
// not fit.
ModelFit fit_model(Growth growth, std::vector<Term> terms, const std::vector<CountSample>& samples) {
  ModelFit fit;
  fit.growth = growth;
  // Two sizes more than terms, or any curve fits.
  if (samples.size() < terms.size() + 2) return fit;
  while (!terms.empty()) {
    const std::size_t k = terms.size();
    std::vector<double> top(k);
    for (std::size_t j = 0; j < k; ++j) top[j] = term_value(terms[j], samples.back());
    for (double t : top)
      if (!std::isfinite(t) || t <= 0) return fit;
    // Normal equations of the scaled columns, weights 1 / count^2.
    std::vector<std::vector<double>> m(k, std::vector<double>(k + 1, 0));
    for (const CountSample& s : samples) {
      const double w = 1 / (s.count * s.count);
      for (std::size_t a = 0; a < k; ++a) {
        const double xa = term_value(terms[a], s) / top[a];
        for (std::size_t b = 0; b < k; ++b) m[a][b] += w * xa * term_value(terms[b], s) / top[b];
        m[a][k] += w * xa * s.count;
      }
    }
    bool singular = false;
    for (std::size_t c = 0; c < k && !singular; ++c) {
      std::size_t pivot = c;
      for (std::size_t r = c + 1; r < k; ++r)
        if (std::abs(m[r][c]) > std::abs(m[pivot][c])) pivot = r;
      std::swap(m[c], m[pivot]);
      if (std::abs(m[c][c]) < 1e-300) singular = true;
      for (std::size_t r = 0; r < k && !singular; ++r) {
        if (r == c) continue;
        const double f = m[r][c] / m[c][c];
        for (std::size_t cc = c; cc <= k; ++cc) m[r][cc] -= f * m[c][cc];
      }
    }
    if (singular) return fit;
    std::vector<double> coefficients(k);
    for (std::size_t j = 0; j < k; ++j) coefficients[j] = m[j][k] / m[j][j] / top[j];
    std::size_t worst = k;
    for (std::size_t j = 0; j + 1 < k; ++j)
      if (coefficients[j] < 0 && (worst == k || coefficients[j] * top[j] < coefficients[worst] * top[worst])) worst = j;
    // Linear's own term may go: reading the input, per byte, is linear work too.
    if (coefficients[k - 1] <= 0 && growth == Growth::Linear && k > 2) worst = k - 1;
    else if (coefficients[k - 1] <= 0) return fit;
    if (worst != k) {
      terms.erase(terms.begin() + static_cast<std::ptrdiff_t>(worst));
      continue;
    }
    double sum = 0;
    for (const CountSample& s : samples) {
      double predicted = 0;
      for (std::size_t j = 0; j < k; ++j) predicted += coefficients[j] * term_value(terms[j], s);
      sum += std::pow((predicted - s.count) / s.count, 2);
    }
    fit.terms = terms;
    fit.coefficients = coefficients;
    fit.error = std::sqrt(sum / static_cast<double>(samples.size()));
    fit.share = terms.back() == Term::Bytes ? 0 : coefficients[k - 1] * top[k - 1] / samples.back().count;
    return fit;
  }
  return fit;
}

// How large a log term the counts leave room for: its share of the count
// at the largest size in the least-squares fit of [1, bytes, n, n log n]
// with no sign constraint, and the upper end of its range, the share plus
// kRoomErrors standard errors (the residuals taken as noise). The best
// fit's share alone does not say it: numbers that gain digits make the
// bytes term grow like n log n too, so the two trade places, and a tenth
// of a percent of unevenness then leaves room for a log term of 10% whose
// best fit is 0 (sort_pairs.cpp in tests/complexity up to n = 7936: 0.5%,
// with room for 10%).
constexpr double kRoomErrors = 2;  // about 95%, like the slopes' margins

struct LogRoom {
  double share = 0;
  double upper = kInfinity;  // infinity: the counts do not bound it
};

// Below this a pivot, relative to its column's own weight, is rounding:
// the column is a combination of the others (bytes exactly affine in n, as
// for records of a fixed width).
constexpr double kCollinear = 1e-12;

// The last term's share of the largest count and its standard error, by
// unconstrained least squares on the relative error; nullopt when the
// terms are collinear or leave no residual to judge the unevenness by.
struct Share {
  double value = 0, standard_error = 0;
};

std::optional<Share> last_term_share(const std::vector<Term>& terms, const std::vector<CountSample>& samples) {
  const std::size_t k = terms.size(), m = samples.size();
  if (m <= k) return std::nullopt;
  // Rows weighted by 1 / count, columns scaled by their value at the
  // largest size: the solution is each term's part of the largest count.
  // [A^T A | A^T 1 | I] is reduced to [I | solution | (A^T A)^-1].
  std::vector<std::vector<double>> rows(m, std::vector<double>(k));
  for (std::size_t r = 0; r < m; ++r)
    for (std::size_t j = 0; j < k; ++j)
      rows[r][j] = term_value(terms[j], samples[r]) / term_value(terms[j], samples.back()) / samples[r].count;
  std::vector<std::vector<double>> a(k, std::vector<double>(2 * k + 1, 0));
  for (std::size_t i = 0; i < k; ++i) {
    for (const std::vector<double>& row : rows) {
      for (std::size_t j = 0; j < k; ++j) a[i][j] += row[i] * row[j];
      a[i][k] += row[i];
    }
    a[i][k + 1 + i] = 1;
  }
  std::vector<double> weight(k);
  for (std::size_t i = 0; i < k; ++i) weight[i] = a[i][i];
  for (std::size_t c = 0; c < k; ++c) {
    std::size_t pivot = c;
    for (std::size_t r = c + 1; r < k; ++r)
      if (std::abs(a[r][c]) > std::abs(a[pivot][c])) pivot = r;
    std::swap(a[c], a[pivot]);
    if (!(std::abs(a[c][c]) > kCollinear * weight[c])) return std::nullopt;
    const double p = a[c][c];
    for (double& x : a[c]) x /= p;
    for (std::size_t r = 0; r < k; ++r)
      if (r != c) {
        const double f = a[r][c];
        for (std::size_t cc = 0; cc <= 2 * k; ++cc) a[r][cc] -= f * a[c][cc];
      }
  }
  double residuals = 0;
  for (const std::vector<double>& row : rows) {
    double predicted = 0;
    for (std::size_t j = 0; j < k; ++j) predicted += row[j] * a[j][k];
    residuals += (predicted - 1) * (predicted - 1);
  }
  const double variance = a[k - 1][2 * k] * residuals / static_cast<double>(m - k);
  if (!std::isfinite(variance) || variance < 0) return std::nullopt;
  return Share{a[k - 1][k] / samples.back().count, std::sqrt(variance) / samples.back().count};
}

// The room itself, with the bytes term where it is a term of its own.
LogRoom log_room(const std::vector<CountSample>& samples) {
  std::optional<Share> fit;
  if (samples.back().bytes > 0)
    fit = last_term_share({Term::One, Term::Bytes, Term::Linear, Term::NLogN}, samples);
  if (!fit) fit = last_term_share({Term::One, Term::Linear, Term::NLogN}, samples);
  if (!fit) return {};
  return {fit->value, std::max(fit->value, 0.0) + kRoomErrors * fit->standard_error};
}

// Whether `higher` explains the counts clearly better than `lower`, with a
// term that matters.
bool clearly_better(const ModelFit& higher, const ModelFit& lower) {
  return std::isfinite(higher.error) && lower.error >= kCountSignificant * std::max(higher.error, 1e-6) &&
         higher.share >= kCountShare;
}

// The sizes the models are fitted to: those past the start-up
// (kCountPastStartUp), when there are enough of them for the largest model.
// What small inputs do differently is not captured by a constant term.
constexpr std::size_t kFittedSizes = 6;  // [1, bytes, n, n log n] and two more

std::vector<CountSample> past_start_up(std::vector<CountSample> samples) {
  if (samples.empty()) return samples;
  std::vector<CountSample> grown;
  for (const CountSample& s : samples)
    if (s.count >= kCountPastStartUp * samples.front().count) grown.push_back(s);
  return grown.size() >= kFittedSizes ? grown : samples;
}

ClassFit as_class_fit(const ModelFit& fit) {
  ClassFit out{fit.growth, 0, 0, fit.error};
  for (std::size_t j = 0; j < fit.terms.size(); ++j) {
    if (fit.terms[j] == Term::One) out.constant = fit.coefficients[j];
    if (j + 1 == fit.terms.size()) out.scale = fit.coefficients[j];
  }
  return out;
}

}  // namespace

GrowthEstimate estimate_counted(const std::vector<CountSample>& unsorted) {
  std::vector<CountSample> samples;
  for (const CountSample& s : unsorted)
    if (s.n > 0 && s.count > 0 && std::isfinite(s.count)) samples.push_back(s);
  std::sort(samples.begin(), samples.end(), [](const CountSample& a, const CountSample& b) { return a.n < b.n; });
  GrowthEstimate estimate;
  for (const CountSample& s : samples) estimate.points.emplace_back(s.n, s.count);
  // A power of n above the first shows plainly in exact counts: the local
  // slope of the work (the count past the smallest size's) over the last
  // two steps. Models with their lower terms are no help there, as a
  // quadratic's linear part at the smaller sizes bends the curve any
  // model with enough terms can follow.
  const std::size_t last = samples.size() - 1;
  if (samples.size() < kMinSizes || samples.back().n / samples.front().n < kMinRange)
    return not_sure(estimate, fmt::format("too few sizes counted: {} over a range of {:.0f}x (need {} over {:.0f}x)",
                                          samples.size(),
                                          samples.empty() ? 0.0 : samples.back().n / samples.front().n,
                                          kMinSizes, kMinRange));
  const double work_top = samples[last].count - samples.front().count;
  const double work_below = samples[last - 2].count - samples.front().count;
  const double top_slope = work_top > 0 && work_below > 0 ? std::log(work_top / work_below) /
                                                               std::log(samples[last].n / samples[last - 2].n)
                                                         : 0;
  if (top_slope >= kCountPowerSlope) {
    const Growth power = top_slope < 2.5 ? Growth::Quadratic : top_slope < 3.5 ? Growth::Cubic : Growth::Exponential;
    estimate.growth = power;
    const double off = std::abs(top_slope - (power == Growth::Quadratic ? 2 : 3));
    estimate.confidence = power == Growth::Exponential ? 0.5 : std::clamp(1 - off / 0.5, 0.0, 1.0);
    estimate.slope = top_slope;
    estimate.slope_margin = 0;
    estimate.reason = fmt::format("the counted work grows with slope {:.2f} over the largest sizes (n = {:.0f} to {:.0f})",
                                  top_slope, samples[last - 2].n, samples[last].n);
    return estimate;
  }
  if (samples.size() < kMinSizes + 1 || samples.back().n / samples.front().n < kMinRange)
    return not_sure(estimate, fmt::format("too few sizes counted: {} over a range of {:.0f}x (need {} over {:.0f}x)",
                                          samples.size(),
                                          samples.empty() ? 0.0 : samples.back().n / samples.front().n,
                                          kMinSizes + 1, kMinRange));

  samples = past_start_up(std::move(samples));
  const std::vector<Term> base = {Term::One, Term::Bytes, Term::Linear};
  auto with = [&base](std::initializer_list<Term> more) {
    std::vector<Term> terms = base;
    terms.insert(terms.end(), more.begin(), more.end());
    return terms;
  };
  const ModelFit linear = fit_model(Growth::Linear, {Term::One, Term::Bytes, Term::Linear}, samples);
  const ModelFit nlogn = fit_model(Growth::NLogN, with({Term::NLogN}), samples);
  const ModelFit quadratic = fit_model(Growth::Quadratic, with({Term::Quadratic}), samples);
  const ModelFit cubic = fit_model(Growth::Cubic, with({Term::Quadratic, Term::Cubic}), samples);
  const ModelFit exponential = fit_model(Growth::Exponential, {Term::One, Term::Bytes, Term::Exponential}, samples);
  for (const ModelFit* fit : {&linear, &nlogn, &quadratic, &cubic, &exponential})
    if (std::isfinite(fit->error)) estimate.fits.push_back(as_class_fit(*fit));
  std::stable_sort(estimate.fits.begin(), estimate.fits.end(),
                   [](const ClassFit& a, const ClassFit& b) { return a.error < b.error; });

  // The slope reported is that of the work (the count less its fitted
  // start-up) over the largest sizes.
  std::vector<std::pair<double, double>> work;
  const double start_up = estimate.fits.empty() ? 0 : estimate.fits.front().constant;
  for (const CountSample& s : samples)
    if (s.count - start_up > 0) work.emplace_back(s.n, s.count - start_up);
  if (work.size() >= 3) {
    Slope slope = loglog_slope(upper_half(work));
    estimate.slope = slope.value;
    estimate.slope_margin = slope.margin;
  }

  // Below that, n against n log n: the lowest model that fits and that no
  // higher one clearly beats.
  const ModelFit* chosen = nullptr;
  if (linear.error <= kCountFit && !clearly_better(quadratic, linear) && !clearly_better(nlogn, linear)) {
    chosen = &linear;
  } else if (nlogn.error <= kCountFit && clearly_better(nlogn, linear) && !clearly_better(quadratic, nlogn)) {
    chosen = &nlogn;
  } else if (nlogn.error <= kCountFit && linear.error <= kCountFit * kCountSignificant) {
    GrowthEstimate tie = not_sure(estimate, fmt::format("O(n) and O(n log n) fit the counted instructions about "
                                                        "equally well ({} and {} off)",
                                                        fine_percent(linear.error), fine_percent(nlogn.error)));
    tie.tied = true;
    std::stable_partition(tie.fits.begin(), tie.fits.end(), [](const ClassFit& f) {
      return f.growth == Growth::Linear || f.growth == Growth::NLogN;
    });
    return tie;
  }
  if (chosen == nullptr) {
    // The class named is, as when one fits, the lowest that no higher one
    // clearly beats: the higher models hold the lower ones' terms, so the
    // smallest error alone names O(n^3) for uneven linear counts.
    const ModelFit* best = &linear;
    for (const ModelFit* higher : {&nlogn, &quadratic, &cubic, &exponential})
      if (std::isfinite(best->error) ? clearly_better(*higher, *best) : std::isfinite(higher->error)) best = higher;
    GrowthEstimate unsure = not_sure(estimate, fmt::format("no class fits the counted instructions (the best, {}, is "
                                                           "off by {}; the work grows with slope {:.2f} at the "
                                                           "largest sizes)",
                                                           to_big_o(best->growth), fine_percent(best->error), top_slope));
    // Uneven counts (a set that grows by quadrupling) can leave O(n) and
    // O(n log n) the two best without either fitting: a tie, which a
    // reference may settle, as for those that fit alike.
    auto is_tied = [](const ClassFit& f) { return f.growth == Growth::Linear || f.growth == Growth::NLogN; };
    if (unsure.fits.size() >= 2 && is_tied(unsure.fits[0]) && is_tied(unsure.fits[1])) unsure.tied = true;
    return unsure;
  }
  // A linear model that fits well but not exactly may hide a log factor
  // in its unevenness: n log n has to be ruled out, not just not proven,
  // so the counts must leave no room for a log term of kCountLogNoise.
  const LogRoom room = chosen == &linear ? log_room(samples) : LogRoom{};
  if (chosen == &linear &&
      (linear.error > kCountExact || nlogn.share >= kCountLogNoise || room.upper >= kCountLogNoise)) {
    const std::string room_text =
        std::isfinite(room.upper) ? fmt::format("; the counts leave room for a log term of up to {} of them",
                                                percent(room.upper))
                                  : std::string();
    GrowthEstimate tie = not_sure(
        estimate, fmt::format("O(n) fits the counted instructions within {} ({}), not closely enough to rule out a "
                              "log factor hidden in its unevenness{}",
                              fine_percent(linear.error),
                              std::isfinite(nlogn.error) ? "O(n log n) within " + fine_percent(nlogn.error)
                                                         : std::string("O(n log n) does not fit"),
                              room_text));
    tie.tied = true;
    // The tie is with n log n even where its model came out with a negative
    // log term: the room above says how large one could still be.
    if (!std::isfinite(nlogn.error)) tie.fits.push_back(ClassFit{Growth::NLogN, 0, 0, kInfinity});
    // The fits the tie is between come first.
    std::stable_partition(tie.fits.begin(), tie.fits.end(), [](const ClassFit& f) {
      return f.growth == Growth::Linear || f.growth == Growth::NLogN;
    });
    return tie;
  }
  estimate.growth = chosen->growth;
  estimate.confidence = std::clamp(1 - chosen->error / kCountFit, 0.0, 1.0);
  std::string next;
  if (chosen == &linear && std::isfinite(nlogn.error))
    next = fmt::format("; with an n log n term it would be off by {}", fine_percent(nlogn.error));
  else if (chosen == &nlogn)
    next = fmt::format("; without it, off by {}", fine_percent(linear.error));
  estimate.reason = fmt::format("counted instructions fit {} within {}{}", to_big_o(chosen->growth),
                                fine_percent(chosen->error), next);
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
