# The instrumented build (README, "Fuzzing and the sanitizer build"): one
# build folder, build-fuzz/, configured by scripts/instrumented-build,
# serves both `scripts/test --sanitize` and `scripts/fuzz`, so the judge's
# libraries are compiled instrumented once, not twice. The flags apply to
# every target of the project, judge and tests alike; the programs the
# judge compiles for candidates are built by the runners' own commands
# (runners/*.yaml) and never see them.
option(JUDGE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(JUDGE_FUZZ "Also build the libFuzzer targets of tests/fuzz (clang; needs JUDGE_SANITIZE)" OFF)

if(JUDGE_FUZZ AND NOT JUDGE_SANITIZE)
  message(FATAL_ERROR "JUDGE_FUZZ needs JUDGE_SANITIZE=ON: a fuzz run finds memory errors through ASan")
endif()
if(JUDGE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "JUDGE_FUZZ needs clang++ (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
endif()

if(JUDGE_SANITIZE)
  # Undefined behaviour aborts like a memory error does: a report that
  # only prints would let a test or a fuzz run pass over it.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  if(JUDGE_FUZZ)
    # The coverage the fuzzer steers by, in every library it reaches; only
    # the fuzz-* executables link libFuzzer's main (tests/fuzz). In the test
    # binaries the sanitizer runtime's no-op hooks take the coverage calls.
    add_compile_options(-fsanitize=fuzzer-no-link)
  endif()
  add_compile_options(-g)
  add_link_options(-fsanitize=address,undefined)
endif()
