// The compile front: what the grader, the prepared tests, calibration and
// the validator call to compile a source. It composes the three parts of a
// compile, none of which knows the others: the compile in the box
// (compile_in_box.h), the compile cache as a store (compile_cache.h) and the
// C++ driver's precompiled header (precompiled_header.h), all under the
// settings' cache folder.
#pragma once

#include <filesystem>

#include "compile_in_box.h"
#include "engine/base/settings.h"
#include "engine/base/workspace.h"
#include "engine/language/runner.h"

namespace judge {

// compile_in_box, with the runner's precompiled header beside its text in
// the box, or its replay from the compile cache (from_cache set).
CompileOutcome compile_source(const Runner& runner, const std::filesystem::path& source, const Workspace& workspace,
                              const Settings& settings);

}  // namespace judge
