// Runner YAML: the input becomes the only runners/*.yaml of a runners folder
// that holds the files the real runners name (driver templates, prelude,
// ladder server), then the loaded set is asked for a runner the way `submit`
// asks.
#include <string>

#include "engine/base/errors.h"
#include "engine/language/runner.h"
#include "fuzz_target.h"
#include "scratch.h"

namespace fs = std::filesystem;

namespace {

constexpr const char* kFiles[] = {"drivers/cpp.mustache", "drivers/python.mustache", "drivers/judge_prelude.h",
                                  "ladders/python.py"};

const fs::path& runners() {
  static const fs::path dir = [] {
    fs::path root = judge::fuzz::scratch_dir() / "runners";
    for (const char* file : kFiles) {
      fs::create_directories((root / file).parent_path());
      judge::fuzz::write_bytes(root / file, reinterpret_cast<const std::uint8_t*>("\n"), 1);
    }
    return root;
  }();
  return dir;
}

}  // namespace

JUDGE_FUZZ_TARGET(runner_yaml) {
  const fs::path& dir = runners();
  judge::fuzz::write_bytes(dir / "fuzz.yaml", data, size);
  try {
    judge::RunnerSet set = judge::RunnerSet::load(dir);
    for (const char* source : {"solution.cpp", "solution.py", "solution"}) {
      try {
        set.for_source(source, "");
      } catch (const judge::InputError&) {
      }
    }
  } catch (const judge::InputError&) {
  }
  return 0;
}
