// A stdio package whose one generated test comes from a generator the test
// writes: the smallest package that makes the judge run an author's program.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "support/temp_dir.h"

namespace test_support {

// `time_multiplier` set: the limit is calibrated, so that submit and
// validate measure the reference (and so make the tests) before grading.
inline std::filesystem::path make_generated_package(const TempDir& dir, const std::string& generator,
                                                    std::optional<int> time_multiplier = std::nullopt) {
  std::filesystem::path root = dir / "gen";
  std::string multiplier = time_multiplier ? ", time_multiplier: " + std::to_string(*time_multiplier) : "";
  write_file(root / "problem.yaml", "id: gen\nlimits: {time: 1" + multiplier + R"(}
reference: submissions/accepted/ref.cpp
groups: [g]
generated:
  - {name: t1, group: g, generator: make, args: ["5"], seed: 1}
)");
  write_file(root / "data/sample/1.in", "1\n");
  write_file(root / "data/sample/1.ans", "1\n");
  write_file(root / "generators/make.cpp", generator);
  write_file(root / "submissions/accepted/ref.cpp",
             "#include <cstdio>\nint main(){int x;if(std::scanf(\"%d\",&x)==1)std::printf(\"%d\\n\",x);}\n");
  return root;
}

}  // namespace test_support
