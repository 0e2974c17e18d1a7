// The limits on the package author's own programs. They are trusted (not
// sandboxed), but a buggy one must neither hang the judge nor fill its
// disk: each runs in a process group of its own that is killed at its wall
// limit, and RLIMIT_FSIZE stops it at its output cap (every file it writes,
// its stdout and stderr included). The figures are in README.md, "Problem
// packages: what is rejected, and the tools' limits".
#pragma once

#include <chrono>
#include <cstdint>

namespace judge {

struct ToolLimits {
  std::chrono::milliseconds wall;  // real time, from start to exit
  std::uint64_t output_bytes;      // the largest file it may write
};

using namespace std::chrono_literals;

// A generator makes one test input: the largest inputs of interview
// problems (10^6 numbers, 2*10^5 calls) take well under a second and under
// 20 MiB, so 20 s and 256 MiB leave room while a sleeping or flooding one
// fails in seconds instead of waiting out a minute or filling the cache.
inline constexpr ToolLimits kGeneratorLimits{20s, 256ull << 20};

// A custom checker reads three files and says yes or no: 10 s is far more
// than one needs, and its verdict message is capped at 1 MiB (the report
// keeps 2000 characters of it).
inline constexpr ToolLimits kCheckerLimits{10s, 1ull << 20};

// Building a generator or checker with g++: the cap is on every file the
// compiler writes, the binary included, so it is generous.
inline constexpr ToolLimits kToolCompileLimits{120s, 256ull << 20};

// A generator's arguments: execve refuses more than 128 KiB in one string
// (and about a quarter of the stack in all). A command line this long is a
// mistake, so the loader refuses it with the field's name first.
inline constexpr std::size_t kMaxGeneratorArgBytes = 4096;
inline constexpr std::size_t kMaxGeneratorArgsTotalBytes = 64 * 1024;

// The reference solution making the answers runs in the sandbox with the
// problem's output limit, kReferenceCpuFactor times the C++ CPU limit (its
// speed is `judge validate`'s business, here it only has to finish) and
// twice that in wall time.
inline constexpr int kReferenceCpuFactor = 10;

}  // namespace judge
