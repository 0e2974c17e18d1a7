// The fuzz targets, as plain functions: libFuzzer calls each through its
// own LLVMFuzzerTestOneInput (fuzz_target.h), and the replay test in the
// ordinary build calls them all on every file of tests/fuzz/corpus/, so a
// crash found once stays a regression test in every CI run.
//
// A target returns normally for any input the code under test handles as
// documented (a result, or the error that means "bad input": InputError,
// exit 2; ProtocolError for the daemon). Anything else escapes it and is a
// finding: another exception, a crash, a sanitizer report.
#pragma once

#include <cstddef>
#include <cstdint>

namespace judge::fuzz {

using Target = int (*)(const std::uint8_t* data, std::size_t size);

int problem_yaml(const std::uint8_t* data, std::size_t size);
int runner_yaml(const std::uint8_t* data, std::size_t size);
int problem_set(const std::uint8_t* data, std::size_t size);
int daemon_request(const std::uint8_t* data, std::size_t size);
int calls_checker(const std::uint8_t* data, std::size_t size);

struct NamedTarget {
  const char* name;  // also the corpus folder, tests/fuzz/corpus/<name>/
  Target run;
};

inline constexpr NamedTarget kTargets[] = {
    {"problem_yaml", problem_yaml}, {"runner_yaml", runner_yaml},       {"problem_set", problem_set},
    {"daemon_request", daemon_request}, {"calls_checker", calls_checker},
};

}  // namespace judge::fuzz
