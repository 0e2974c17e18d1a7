#include "complexity_hint.h"

#include <fmt/format.h>

#include <cmath>

namespace judge {

namespace {

int rank(Growth growth) { return static_cast<int>(growth); }

std::string human_size(double n) {
  int exponent = static_cast<int>(std::floor(std::log10(n)));
  double mantissa = n / std::pow(10, exponent);
  if (std::abs(mantissa - 1) < 1e-9) return fmt::format("10^{}", exponent);
  return fmt::format("{:.0f}", n);
}

std::string human_seconds(double s) {
  if (s < 1) return fmt::format("{:.0f} ms", s * 1000);
  if (s < 120) return fmt::format("{:.0f} s", s);
  if (s < 7200) return fmt::format("{:.0f} minutes", s / 60);
  return fmt::format("{:.0f} hours", s / 3600);
}

}  // namespace

std::string growth_hint(const GrowthEstimate& estimate, Growth expected, std::string_view measured_how,
                        std::uint64_t max_size, std::optional<double> predicted) {
  if (!estimate.growth) return unsure_hint(Unsure::Unclear);
  const Growth found = *estimate.growth;
  std::string measured = fmt::format("your solution grows like {} (measured {:.2f} ± {:.2f} on a log-log scale{})",
                                     to_big_o(found), estimate.slope, estimate.slope_margin, measured_how);
  if (rank(found) <= rank(expected)) return fmt::format("{}; this problem expects {}.", measured, to_big_o(expected));
  std::string text = fmt::format("{}; this problem expects {}", measured, to_big_o(expected));
  if (predicted && std::isfinite(*predicted))
    text += fmt::format("; at n = {} it would need about {}", human_size(static_cast<double>(max_size)),
                        human_seconds(*predicted));
  return text + ".";
}

std::optional<std::pair<Growth, Growth>> narrowed_range(const GrowthEstimate& estimate) {
  if (estimate.growth || !estimate.tied || estimate.fits.size() < 2) return std::nullopt;
  Growth low = estimate.fits[0].growth, high = estimate.fits[1].growth;
  if (rank(low) > rank(high)) std::swap(low, high);
  // Only neighbours: two classes further apart leave the ones between them
  // open too, and a range that skips them would claim what was not shown.
  if (rank(high) - rank(low) != 1) return std::nullopt;
  return std::pair(low, high);
}

std::string range_hint(std::pair<Growth, Growth> range, Growth expected) {
  const auto [low, high] = range;
  std::string text = fmt::format(
      "your solution grows like {} or {}; the measurements could not tell which within the time the hint may take. "
      "This problem expects {}",
      to_big_o(low), to_big_o(high), to_big_o(expected));
  if (rank(high) <= rank(expected)) return text + ", so either is fine.";
  if (rank(low) <= rank(expected))
    return text + fmt::format(": if it is {}, it is slower than expected.", to_big_o(high));
  return text + ", so either is slower than expected.";
}

std::string unsure_hint(Unsure why, std::optional<std::uint64_t> failed_at) {
  switch (why) {
    case Unsure::OutOfTime:
      return "Not sure how your solution grows: the hint ran out of time on this machine before it finished "
             "measuring (the machine may be busy or slow). This is not a verdict on your solution's speed.";
    case Unsure::Failed:
      if (failed_at)
        return fmt::format("Not sure how your solution grows: it stopped with an error on an input of size {} "
                           "that the hint generated, so there was nothing to measure past it.",
                           *failed_at);
      return "Not sure how your solution grows: it stopped with an error on the inputs the hint generated.";
    case Unsure::Unclear:
      break;
  }
  return "Not sure how your solution grows: the measurements did not settle on one class within the time the hint "
         "may take. More time for the hint (JUDGE_HINT_BUDGET, in seconds) lets it measure larger inputs.";
}

}  // namespace judge
