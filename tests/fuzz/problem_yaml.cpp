// problem.yaml: the input becomes the problem.yaml of a package whose other
// files are all there (a reference, generators, a custom checker, a driver,
// static tests), so the loader's checks of a field's files pass when the
// field names them and the fuzzer reaches the checks after them.
#include <string>

#include "engine/base/errors.h"
#include "engine/problem/problem.h"
#include "fuzz_target.h"
#include "scratch.h"

namespace fs = std::filesystem;

namespace {

// The seeds' id (tests/fuzz/corpus/problem_yaml/ has `id: p`): the loader
// wants it equal to the folder's name.
constexpr const char* kPackage = "p";

// What the seeds name, taken from problems/ and tests/fixtures/problems/.
constexpr const char* kGenerators[] = {"alone",         "boundary",      "calls",       "lru_calls", "median_calls",
                                       "one_window",    "random_calls",  "random_events", "random_perm",
                                       "scale",         "shapes",        "ties",        "gen"};
constexpr const char* kFiles[] = {
    "submissions/accepted/reference.cpp", "submissions/accepted/reference.py", "checker/checker.cpp",
    "drivers/driver.cpp",                 "data/sample/1.in",                  "data/sample/1.ans",
    "data/secret/1.in",                   "data/secret/1.ans",                 "data/secret/edge/1.in",
    "data/secret/edge/1.ans",             "data/secret/large/1.in",            "data/secret/large/1.ans",
};

void touch(const fs::path& file) {
  fs::create_directories(file.parent_path());
  judge::fuzz::write_bytes(file, reinterpret_cast<const std::uint8_t*>("1\n"), 2);
}

const fs::path& package() {
  static const fs::path dir = [] {
    fs::path root = judge::fuzz::scratch_dir() / kPackage;
    for (const char* file : kFiles) touch(root / file);
    for (const char* generator : kGenerators) touch(root / "generators" / (std::string(generator) + ".cpp"));
    return root;
  }();
  return dir;
}

}  // namespace

JUDGE_FUZZ_TARGET(problem_yaml) {
  const fs::path& dir = package();
  judge::fuzz::write_bytes(dir / "problem.yaml", data, size);
  try {
    judge::load_problem(dir);
  } catch (const judge::InputError&) {
  }
  return 0;
}
