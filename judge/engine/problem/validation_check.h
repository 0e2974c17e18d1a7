// One finding of `judge validate` about a package: the validator's and the
// complexity section's checks alike.
#pragma once

#include <string>

namespace judge {

struct ValidationCheck {
  std::string what;    // "submissions/accepted/reference.cpp gets AC"
  bool passed = false;
  std::string detail;  // the figures or the reason
  // Passed, but with too little room: the figures and what to change are in
  // `detail`. Never a failure.
  bool warning = false;
};

}  // namespace judge
