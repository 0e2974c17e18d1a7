// Which compiler a runner's compile would run: part of the key of every
// compiled thing the judge keeps (the compile cache, the precompiled header).
#pragma once

#include <string>

#include "engine/language/runner.h"

namespace judge {

// The compiler binary that the runner's argv[0] resolves to in the
// sandbox's PATH: its real path, size and mtime.
std::string compiler_identity(const Runner& runner);

}  // namespace judge
