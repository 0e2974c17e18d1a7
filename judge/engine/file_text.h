// Reading files the judge wrote or was given, for messages and checking.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace judge {

// The whole file; empty when it cannot be read.
std::string read_file(const std::filesystem::path& file);

// The first `bytes` of a file (for messages), without failing if it is gone.
std::string read_head(const std::filesystem::path& file, std::size_t bytes);

}  // namespace judge
