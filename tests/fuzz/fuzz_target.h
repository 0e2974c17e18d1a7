// Defines a target's function and, in the libFuzzer build (JUDGE_LIBFUZZER,
// one executable per target, see CMakeLists.txt), the entry point libFuzzer
// calls. The ordinary build compiles the same file without the entry point,
// so the replay test links all targets into one binary.
#pragma once

#include "targets.h"

#ifdef JUDGE_LIBFUZZER
#define JUDGE_FUZZ_ENTRY(name)                                                      \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) { \
    return judge::fuzz::name(data, size);                                           \
  }
#else
#define JUDGE_FUZZ_ENTRY(name)
#endif

#define JUDGE_FUZZ_TARGET(name) \
  JUDGE_FUZZ_ENTRY(name)        \
  int judge::fuzz::name(const std::uint8_t* data, std::size_t size)
