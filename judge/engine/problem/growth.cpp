#include "growth.h"

namespace judge {

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
  for (Growth growth : kAllGrowths)
    if (to_big_o(growth) == text) return growth;
  return std::nullopt;
}

}  // namespace judge
