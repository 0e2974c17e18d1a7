// The package author's own programs (generators, custom checkers) are
// trusted: they are compiled and run directly with Boost.Process, with a
// wall-clock limit so a buggy one cannot hang the judge. Compiled binaries
// are cached by a hash of their source, so each is built once per machine.
#pragma once

#include <boost/process/child.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace judge {

// Compiles a C++ tool (g++ -std=gnu++20 -O2, headers beside it included) and
// returns the cached binary. Throws InputError quoting the compiler's first
// errors when it does not compile.
std::filesystem::path build_tool(const std::filesystem::path& cache, const std::filesystem::path& source);

// Runs `binary args... seed` with stdout to `output` (written atomically).
// Throws InputError naming the command when it fails or runs over 60 s.
void run_generator(const std::filesystem::path& binary, const std::vector<std::string>& args, std::uint64_t seed,
                   const std::filesystem::path& output, const std::string& display_name);

// Moves `temporary` to `final` atomically (rename), so that concurrent
// judges never see half a file.
void publish_file(const std::filesystem::path& temporary, const std::filesystem::path& final);

// Waits for a trusted child to exit, at most `limit`; true when it has.
// Used instead of boost::process::child::wait_for, which in Boost 1.74 may
// sleep out the whole timeout after the child has already exited
// (boostorg/process#69).
bool wait_for_exit(boost::process::child& child, std::chrono::milliseconds limit);

// A unique sibling name for writing before publish_file.
std::filesystem::path temporary_beside(const std::filesystem::path& final);

}  // namespace judge
