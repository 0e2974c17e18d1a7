# Instrumented builds, each in a build folder of its own (see README,
# "Fuzzing and the sanitizer build"). Both apply to every target of the
# project, judge and tests alike; the programs the judge compiles for
# candidates are built by the runners' own commands (runners/*.yaml) and
# never see these flags.
option(JUDGE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test --sanitize)" OFF)
option(JUDGE_FUZZ "Build the libFuzzer targets of tests/fuzz with clang (scripts/fuzz)" OFF)

if(JUDGE_SANITIZE AND JUDGE_FUZZ)
  message(FATAL_ERROR "JUDGE_SANITIZE and JUDGE_FUZZ are separate builds: pick one")
endif()

# Undefined behaviour aborts like a memory error does: a report that only
# prints would let a test or a fuzz run pass over it.
set(judge_sanitizer_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

if(JUDGE_SANITIZE)
  add_compile_options(${judge_sanitizer_flags} -g)
  add_link_options(-fsanitize=address,undefined)
endif()

if(JUDGE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "JUDGE_FUZZ needs clang++ (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # fuzzer-no-link: the coverage the fuzzer steers by, in every library it
  # reaches; only the fuzz targets link libFuzzer's main (tests/fuzz).
  add_compile_options(${judge_sanitizer_flags} -fsanitize=fuzzer-no-link -g)
  add_link_options(-fsanitize=address,undefined)
endif()
