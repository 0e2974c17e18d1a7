// The two kinds of failure the CLI tells apart: the user's input is wrong
// (exit 2: fix the file or the command) or the judge itself is (exit 3).
#pragma once

#include <stdexcept>
#include <string>

namespace judge {

// Bad input: a malformed package, a missing file, an unknown problem. The
// message names the file and says how to fix it.
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The judge's own fault: a tool that should exist does not, the cache is
// unwritable, a checker crashed. Graded as IE.
struct InternalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace judge
