// run(): a run goes to a pooled box when its policy allows one, and runs in
// a process of its own otherwise. The steps live in their own files:
// run_plan (before fork), pooled_run and unpooled_run (the fork), and
// supervisor (after it).
#include <memory>
#include <optional>
#include <string>

#include "box_pool.h"
#include "namespaces.h"
#include "pooled_run.h"
#include "run_plan.h"
#include "sandbox/sandbox.h"
#include "unpooled_run.h"

namespace sandbox {

Outcome run(const Policy& policy) {
  using namespace detail;
  prepare_process();
  if (policy.argv.empty()) return failure("empty argv");
  const bool private_fs = policy.private_filesystem && namespace_support().private_fs;
  Prepared prepared;
  if (std::string error = prepare(policy, private_fs, prepared); !error.empty()) return failure(error);
  if (poolable(policy)) {
    if (std::unique_ptr<Box> box = acquire_box()) {
      std::optional<Outcome> outcome = run_in_pooled_box(policy, prepared, *box);
      release_box(std::move(box));
      if (outcome) return *outcome;
    }
  }
  return run_unpooled(policy, prepared, private_fs);
}

}  // namespace sandbox
