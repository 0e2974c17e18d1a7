// What the environment decides for the engine, read once by the front end
// (Settings::from_environment) and passed down through grade(), the
// validator and calibration. Nothing below the front end reads the
// environment or picks a cache folder of its own: a caller that passes
// another `cache` gets every cache there.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>

namespace judge {

// What the complexity hint fits: instruction counts when Valgrind is there
// (Auto), or always the CPU time, or counts even for interpreted programs.
enum class ComplexityMeasure { Auto, Cpu, Instructions };

struct Settings {
  // The folder every cache lives under: compiled/, pch/, calibration/,
  // tests/, tools/ and complexity/.
  std::filesystem::path cache;
  // $JUDGE_COMPILE_CACHE_MB (MiB; default 1024): the compile cache's cap;
  // 0 disables it, and every compile runs the compiler.
  std::uint64_t compile_cache_bytes = 1024ull << 20;
  // $JUDGE_PCH=0 turns the C++ driver's precompiled header off.
  bool precompiled_headers = true;
  // $JUDGE_HINT_BUDGET (seconds, 0 to 3600): each complexity probe's budget
  // of extra wall time; counted, the work budget scales with it.
  std::chrono::milliseconds hint_budget{5000};
  // $JUDGE_COMPLEXITY_MEASURE: auto, cpu or instructions.
  ComplexityMeasure complexity_measure = ComplexityMeasure::Auto;
  // $JUDGE_LADDER_LOG: where to copy the counted ladder server's log (its
  // start-up and each size's wall time), for whoever tunes the ladder.
  std::filesystem::path ladder_log;

  std::filesystem::path compile_cache_dir() const { return cache / "compiled"; }
  // Empty when precompiled headers are off.
  std::filesystem::path precompiled_header_dir() const;

  // The cache folder is $JUDGE_CACHE_DIR, else $XDG_CACHE_HOME/judge, else
  // ~/.cache/judge, created with mode 0711: the sandboxed uid may run
  // cached tools it is told the name of, but cannot list what is there
  // (hidden answers live here). Throws InputError naming the variable for a
  // value that is not understood, InternalError when the folder cannot be
  // made.
  static Settings from_environment();

  // Every cache under `cache`, everything else as without the environment.
  static Settings with_cache(std::filesystem::path cache);
};

// The tree holding runners/ and problems/: $JUDGE_HOME, else the source tree
// the binary was built from, else two levels above the binary (build/bin/judge).
std::filesystem::path judge_home();

}  // namespace judge
