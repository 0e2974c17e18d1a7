// The complexity hint's sentences, for a candidate rather than for whoever
// tunes the fitter: what was measured in plain words, and whether it is
// within what the problem expects. The technical reason stays in the
// report's `complexity.reason`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "complexity_fit.h"

namespace judge {

// A class named by the fit. `predicted`: the seconds the fitted model gives
// at the problem's largest size, `max_size`, when measured below it.
std::string growth_hint(const GrowthEstimate& estimate, Growth expected, std::string_view measured_how,
                        std::uint64_t max_size, std::optional<double> predicted);

// The two neighbouring classes the measurements left, lower first, when
// they ruled out every other (GrowthEstimate::tied): nullopt otherwise, or
// when a class was named.
std::optional<std::pair<Growth, Growth>> narrowed_range(const GrowthEstimate& estimate);

// The sentence for such a range, and whether it is within what the problem
// expects.
std::string range_hint(std::pair<Growth, Growth> range, Growth expected);

// Why no class, nor a range, could be named.
enum class Unsure {
  Unclear,    // the measurements did not settle
  OutOfTime,  // the hint's safety net stopped it: this machine was too slow or too busy
  Failed,     // the program stopped with an error on a generated input
};
// `failed_at`: the size it failed on, with Unsure::Failed.
std::string unsure_hint(Unsure why, std::optional<std::uint64_t> failed_at = std::nullopt);

}  // namespace judge
