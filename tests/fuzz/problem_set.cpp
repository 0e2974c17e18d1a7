// Problem set (`judge batch SET`): the input is the set's YAML file.
#include "engine/base/errors.h"
#include "fuzz_target.h"
#include "batch/problem_set.h"
#include "scratch.h"

JUDGE_FUZZ_TARGET(problem_set) {
  std::filesystem::path file = judge::fuzz::scratch_dir() / "set.yaml";
  judge::fuzz::write_bytes(file, data, size);
  try {
    judge::batch::load_problem_set(file);
  } catch (const judge::InputError&) {
  }
  return 0;
}
