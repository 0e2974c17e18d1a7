// The one place the front end turns the environment into the engine's
// Settings (engine/settings.h).
#include "commands.h"
#include "engine/base/settings.h"

namespace judge::cli {

const Settings& settings() {
  // Built on first use, not at start: `judge problems` needs no cache
  // folder, and a bad $JUDGE_COMPILE_CACHE_MB concerns only commands that
  // compile. A throw leaves it unbuilt, to throw again at the next use.
  static const Settings built = Settings::from_environment();
  return built;
}

}  // namespace judge::cli
