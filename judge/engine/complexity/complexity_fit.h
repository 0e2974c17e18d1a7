// Fitting measured running times to complexity classes, and knowing when
// the data do not decide. Pure arithmetic on (n, seconds) samples: running
// the ladder of sizes is someone else's job (see problems/README.md,
// "complexity").
//
// Tools that fit one curve per class and pick the smallest residual flip
// between classes on noisy timings. Here a class is chosen only when
//  - there are enough sizes over a wide enough range,
//  - the times grow (or stay flat) consistently, doubling after doubling,
//  - its fit is good and clearly better than the runner-up's, and
//  - the measured log-log slope at the largest sizes agrees with it;
// otherwise the answer is "not sure", with the reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/problem/growth.h"

namespace judge {

// The log-log slope a class shows between sizes n and 2n (n^2: 2).
double slope_at(Growth growth, double n);

struct TimingSample {
  double n = 0;
  double seconds = 0;
};

// One class's fit: time ~ constant + scale * f(n), by least squares on the
// relative error (every size counts alike, whatever its time).
struct ClassFit {
  Growth growth = Growth::Constant;
  double constant = 0;
  double scale = 0;
  double error = 0;  // root mean square relative error; infinity when the class cannot fit
};

// The fitted time at size n (infinity where the class overflows).
double predict(const ClassFit& fit, double n);

struct GrowthEstimate {
  std::optional<Growth> growth;  // nullopt: not sure
  std::string reason;            // why not sure, or what decided
  double slope = 0;              // log-log slope over the largest sizes
  double slope_margin = 0;       // its uncertainty (about two standard errors)
  double confidence = 0;         // 0..1; 0 when not sure
  std::vector<ClassFit> fits;    // every class, best first
  std::vector<std::pair<double, double>> points;  // (n, median seconds), by n
  // Not sure only because the two best classes fit about equally well
  // (fits[0] and fits[1]), the data being clean otherwise.
  bool tied = false;
};

// Several samples per size are expected (repetitions, seeds); their median
// is what is fitted.
GrowthEstimate estimate_growth(const std::vector<TimingSample>& samples);


// The candidate's class from its times beside the reference's on the same
// sizes, given the reference's known class: machine speed and noise that
// hit both cancel in the ratio. nullopt growth when the ratio does not decide.
// What is compared is each program's work, its time less its start-up (its
// time on a tiny input; 0 when not measured): two linear programs whose
// start-ups weigh differently would otherwise show a ratio that grows.
struct StartUp {
  double candidate = 0, reference = 0;  // seconds
};
GrowthEstimate estimate_relative(const std::vector<TimingSample>& candidate,
                                 const std::vector<TimingSample>& reference, Growth reference_growth,
                                 StartUp start_up = {});

// How the ratio of two programs' work grows (their times less start-up):
// the log-log slope of the ratio of their medians, over the sizes where
// both did at least `min_seconds` of work, with about two standard errors.
// 0 when one keeps step with the other; one log factor is about 1 / ln n
// (0.1 at n = 20000); one power of n is 1.
struct RatioSlope {
  double value = 0, margin = 0;
  std::size_t sizes = 0;
};
RatioSlope ratio_slope(const std::vector<TimingSample>& candidate, const std::vector<TimingSample>& reference,
                       double min_seconds, StartUp start_up = {});

// Classes a log factor apart (O(n), O(n log n)) often fit one curve alike.
// When a tie (GrowthEstimate::tied) is between the expected class and its
// neighbour and the candidate's work keeps step with the reference's
// (which has the expected class) within `keeps_step` on a log-log scale,
// the candidate has that class. With `log_apart`, a ratio that moves
// clearly (past its margin) by at least that much toward the neighbour
// settles it the other way. `measured` names what was compared, for the
// reason ("counts", "times"). An estimate that is not such a tie is left
// as it is.
void settle_tie_by_reference(GrowthEstimate& estimate, Growth expected, const RatioSlope& step, double keeps_step,
                             std::optional<double> log_apart, std::string_view measured);

// Counted work (instructions, see instruction_count.h) instead of time: a
// count does not vary, so where a timer needs a wide margin, a count fits
// its class to a fraction of a percent. What still blurs a count is the
// input itself: a program reads it byte by byte, and the numbers in an
// input of size n have about log10(n) digits, so reading alone grows like
// n log n. Every model therefore has a term for the input's size in bytes
// besides its class's: count ~ start-up + per_byte * bytes + lower terms +
// scale * f(n).
struct CountSample {
  double n = 0;
  double bytes = 0;  // the input's size
  double count = 0;  // instructions, start-up included
};
GrowthEstimate estimate_counted(const std::vector<CountSample>& samples);

// A size's count is past the program's start-up when it is at least this
// many times the smallest size's: below, it is mostly the program's fixed
// part and what small inputs do differently (tables not grown yet, code
// paths not taken: CPython's count per element halves from n = 31 to 500),
// which says little about how the work grows. estimate_counted fits its
// models to those sizes, and a ratio to a reference's counts is taken
// over the sizes past both programs' start-ups.
inline constexpr double kCountPastStartUp = 2;

}  // namespace judge
