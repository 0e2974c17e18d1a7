// The complexity classes a problem names (problem.yaml `complexity.expected`)
// and the hint answers in.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace judge {

enum class Growth { Constant, Log, Linear, NLogN, Quadratic, Cubic, Exponential };

inline constexpr Growth kAllGrowths[] = {Growth::Constant,  Growth::Log,   Growth::Linear,     Growth::NLogN,
                                         Growth::Quadratic, Growth::Cubic, Growth::Exponential};

// "O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)".
std::string to_big_o(Growth growth);
std::optional<Growth> parse_big_o(std::string_view text);

}  // namespace judge
