// The counted fit (estimate_counted, complexity_fit.h): models with every
// coefficient non-negative, fitted to instruction counts by least squares,
// and the room they leave for a log factor. Over 300 lines, numeric code
// that reads best in one place.
#include "complexity_fit.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "fit_tools.h"

namespace judge {
using namespace fitting;

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

// Over 80 lines: one decision procedure on the fitted models, numeric, whose
// steps (fit, compare, rule out a log factor, name the class) read in order.
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

}  // namespace judge
