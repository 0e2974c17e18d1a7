// A run forked by a pooled box's keeper (see box_pool.h): the program gets
// a box that already has its namespaces and root, so only its workdir and
// /tmp are renewed.
#pragma once

#include <optional>

#include "box_pool.h"
#include "run_plan.h"
#include "sandbox/sandbox.h"

namespace sandbox::detail {

// nullopt when the box cannot take the run (the caller then runs it
// unpooled; nothing of the program has run).
std::optional<Outcome> run_in_pooled_box(const Policy& policy, Prepared& run, Box& box);

}  // namespace sandbox::detail
