// The tests get a cache folder of their own, so they neither depend on nor
// disturb the user's; the judge binaries they start inherit it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdlib>

#include "support/temp_dir.h"

int main(int argc, char* argv[]) {
  test_support::TempDir cache;
  if (!std::getenv("JUDGE_CACHE_DIR")) setenv("JUDGE_CACHE_DIR", cache.path().c_str(), 1);
  return Catch::Session().run(argc, argv);
}
