// The checks a submitted file passes before anything runs: it exists, is
// not empty, is text and not too large.
#pragma once

#include <cstdint>
#include <filesystem>

namespace judge {

constexpr std::uintmax_t kMaxSourceBytes = 512 * 1024;

// Throws InputError with a one-line message naming the file and the fix.
void check_source_file(const std::filesystem::path& source);

}  // namespace judge
